using Pipeline.Ocr.Engine;

namespace Pipeline.Ocr.Readers;

/// <summary>Warnings a reader attaches so the record shows that text came from OCR and may hold errors.</summary>
internal static class OcrWarnings
{
    public static string Recognised(OcrEnginePool pool, int pages) =>
        $"{pages} page(s) recognised by OCR (Tesseract {TesseractEnvironment.TesseractVersion}, models {OcrModels.Describe(pool.Options.DataPath, pool.Options.Language, pool.Options.EngineMode)}); check numbers and dates";
}
