using System.Text;
using Pipeline.Cli.Commands;
using Pipeline.Extraction;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Cli;

/// <summary>The extract command on real and broken inputs: bad files are reported and the batch goes on.</summary>
public class ExtractCommandTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("pipeline-test-").FullName;

    [Fact]
    public void Bad_inputs_are_reported_by_name_and_the_rest_of_the_batch_is_extracted()
    {
        var inputs = TempDir();
        File.Copy(Repo.Path("corpus", "seeds", "004_2f2804abc48cfa00.txt"), Path.Combine(inputs, "good.txt"));
        File.WriteAllBytes(Path.Combine(inputs, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(inputs, "latin1.txt"), [0x48, 0xE0, 0x20, 0x4E, 0xF4, 0x69]); // "Hà Nôi" in Latin-1
        File.WriteAllBytes(Path.Combine(inputs, "notes.bmp"), Encoding.ASCII.GetBytes("not an image"));
        var outDir = TempDir();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = new ExtractCommand(DocumentExtractor.CreateDefault()).Run([inputs], outDir, false, stdout, stderr);

        Assert.Equal(ExitCodes.InputErrors, code);
        var err = stderr.ToString();
        Assert.Contains("empty.txt: the file is empty", err);
        Assert.Contains("latin1.txt: the text is not valid UTF-8", err);
        Assert.Contains("notes.bmp", err);
        Assert.True(File.Exists(Path.Combine(outDir, "good.json")));
        var errorLines = File.ReadAllLines(Path.Combine(outDir, "errors.jsonl"));
        Assert.Equal(3, errorLines.Length);
        var taskLines = File.ReadAllLines(Path.Combine(outDir, "tasks.jsonl"));
        Assert.True(taskLines.Length >= 25);
        Assert.All(taskLines, l => Assert.Contains("\"schemaVersion\":\"1.0\"", l));
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp-*"));
    }

    [Theory]
    [InlineData("utf8bom")]
    [InlineData("utf16")]
    [InlineData("crlf")]
    public void Text_encodings_and_line_ends_give_the_same_record(string variant)
    {
        var original = File.ReadAllText(Repo.Path("corpus", "text", "04_TB-453-TB-UBND_HaNoi_treoco_p1.txt"));
        byte[] bytes = variant switch
        {
            "utf8bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(original)],
            "utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(original)],
            _ => Encoding.UTF8.GetBytes(original.Replace("\n", "\r\n")),
        };
        var plain = Extract.Text(original, "04.txt");
        var other = DocumentExtractor.CreateDefault().Extract(new Pipeline.Sources.SourceFile("04.txt", bytes));
        // The whole document part, as published.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(plain.Document, Pipeline.Records.RecordJson.Indented),
            System.Text.Json.JsonSerializer.Serialize(other.Document, Pipeline.Records.RecordJson.Indented));
        Assert.Equal(plain.Tasks.Select(t => t.Text), other.Tasks.Select(t => t.Text));
    }

    [Fact]
    public void Stdout_mode_prints_the_record()
    {
        var stdout = new StringWriter();
        var code = new ExtractCommand(DocumentExtractor.CreateDefault()).Run([Repo.Path("corpus", "text", "18_CV-3722-VPCP-CN_metro_p1.txt")], null, true, stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("\"reference\": \"3722/VPCP-CN\"", stdout.ToString());
    }
}
