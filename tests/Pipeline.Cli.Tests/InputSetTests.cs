using Pipeline.Cli;
using Pipeline.Cli.Inputs;

namespace Pipeline.Cli.Tests;

public sealed class InputSetTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("inputs-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Folders_are_searched_recursively_for_resume_types_and_keep_their_relative_paths()
    {
        Touch("case-01/a.pdf");
        Touch("case-01/b.DOCX");
        Touch("case-02/deep/c.md");
        Touch("notes.txt");
        Touch("case-01/photo.png");
        Touch("case-02/scan.JPG");
        Touch("case-02/phone.jpeg");
        Touch("case-01/photo.gif");
        Touch("case-01/letter.odt");

        var files = InputSet.Expand([_root.FullName]);

        Assert.Equal(
            ["case-01/a.pdf", "case-01/b.DOCX", "case-01/photo.png", "case-02/deep/c.md", "case-02/phone.jpeg", "case-02/scan.JPG", "notes.txt"],
            files.Select(f => f.RelativePath.Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal(Path.Combine("/out", "case-01/a.pdf.json"), files[0].OutputPath("/out", ".json").Replace('\\', '/'));
    }

    [Fact]
    public void A_file_named_directly_is_taken_whatever_its_extension_and_is_keyed_by_its_name()
    {
        var path = Touch("sub/resume.bin");

        var files = InputSet.Expand([path, path]);

        var only = Assert.Single(files);
        Assert.Equal("resume.bin", only.RelativePath);
    }

    [Fact]
    public void A_missing_input_is_a_usage_error()
    {
        var e = Assert.Throws<UsageException>(() => InputSet.Expand([Path.Combine(_root.FullName, "nope.pdf")]));
        Assert.Contains("nope.pdf", e.Message);
    }

    private string Touch(string relative)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }
}
