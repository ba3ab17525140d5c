using Pipeline.Ingestion;
using Pipeline.Ingestion.Guards;
using Pipeline.Sources;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Ingest;

/// <summary>The pre-read guards on real inputs: they measure real files right and let them through.</summary>
public class GuardTests
{
    [Fact]
    public void The_bomb_guard_sees_through_ascii85_to_the_scanned_page_and_lets_it_pass()
    {
        // ReportLab's scan: one 1700×2200 RGB image under [/ASCII85Decode /FlateDecode].
        var scan = File.ReadAllBytes(Repo.Path("corpus", "scans", "real_hanoi_tb_453_flag.pdf"));
        var (largest, _) = PdfInflateGuard.LargestStream(scan, new IngestLimits().MaxInflatedBytes);
        Assert.Equal(1700L * 2200 * 3, largest);
        PdfInflateGuard.Check(scan, new IngestLimits().MaxInflatedBytes);
    }

    [Fact]
    public void Every_corpus_document_passes_the_guards()
    {
        foreach (var folder in IngestRun.CorpusPaths())
            foreach (var path in Directory.GetFiles(folder))
                InputGuard.Check(SourceFile.Load(path), new IngestLimits());
    }

    [Fact]
    public void Ascii85_round_trips_what_the_test_encoder_writes()
    {
        byte[] data = [0, 0, 0, 0, 1, 2, 3, 250, 251, 252, 253, 254, 255, 7];
        Assert.Equal(data, AsciiFilters.Ascii85(HostileInputs.Ascii85(data)));
        Assert.Equal((byte[])[0xAB, 0xCD, 0xE0], AsciiFilters.AsciiHex("ab cD e>"u8));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x08, 0x98, 0x06, 0xA4, 0x03 }, "JPEG", 1700, 2200)]
    [InlineData(new byte[] { (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 2, 0, 0, 1, 3, 0, 1, 0, 0, 0, 0xA4, 0x06, 0, 0, 1, 1, 4, 0, 1, 0, 0, 0, 0x98, 0x08, 0, 0 }, "TIFF", 1700, 2200)]
    public void Image_sizes_are_read_from_headers(byte[] header, string format, long width, long height)
    {
        var padded = header.Concat(new byte[16]).ToArray();
        Assert.Equal(new ImageHeader.Size(format, width, height), ImageHeader.Read(padded));
    }
}
