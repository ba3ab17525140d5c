using System.Text.Json.Nodes;
using Pipeline.Tests.Ingest;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Cli;

/// <summary>
/// extract reads documents in worker processes like ingest: a PDF whose circular reference overflows PdfPig's stack
/// (which no .NET catch can contain) costs that one document, the others are written.
/// </summary>
public class ExtractIsolationTests
{
    [Fact]
    public void A_document_that_overflows_the_stack_fails_as_crashed_and_the_batch_goes_on()
    {
        var inputs = CliRun.TempDir();
        File.Copy(Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt"), Path.Combine(inputs, "a-seed.txt"));
        File.WriteAllBytes(Path.Combine(inputs, "circular.pdf"), HostileInputs.CircularReferencePdf());
        File.Copy(Repo.Path("corpus", "text", "13_CV-5973-UBND-KT_LaoCai_khoangsan.txt"), Path.Combine(inputs, "z-letter.txt"));
        var outDir = CliRun.NewDir();

        var run = CliRun.Run("extract", inputs, "--out", outDir, "--jobs", "2", "--timeout", "60");

        Assert.Equal(2, run.Code); // some inputs failed, the others were processed
        Assert.True(File.Exists(Path.Combine(outDir, "a-seed.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "z-letter.json")));
        var error = JsonNode.Parse(File.ReadAllLines(Path.Combine(outDir, "errors.jsonl")).Single())!;
        Assert.Equal("circular.pdf", error["file"]!.GetValue<string>());
        Assert.Equal("crashed", error["error"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("   at ", run.Err);
    }
}
