using System.Text;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

public sealed class DetectionTests
{
    [Fact]
    public void A_pdf_is_known_by_its_header_even_after_leading_junk()
    {
        var pdf = PdfResume.SingleColumn(People.Backend);
        var junk = Encoding.ASCII.GetBytes(new string('x', 300) + "\n");
        Assert.Equal("pdf", Read(junk.Concat(pdf).ToArray()).Meta.FileType);
    }

    [Fact]
    public void A_docx_is_known_by_its_document_part() =>
        Assert.Equal("docx", Read(DocxResume.Build(People.Backend)).Meta.FileType);

    [Theory]
    [MemberData(nameof(NotResumes))]
    public void Other_files_are_unsupported_and_say_what_they_look_like(string what, byte[] bytes)
    {
        var error = Failure(bytes);
        Assert.Equal(ErrorCodes.UnsupportedType, error.Code);
        Assert.Contains(what, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string, byte[]> NotResumes() => new()
    {
        { "ZIP", HostileFiles.PlainZip() },
        { ".doc", HostileFiles.OleFile(encryptedPackage: false) },
        { "PNG", HostileFiles.Png() },
        { "executable", HostileFiles.WindowsExecutable() },
        { "binary", HostileFiles.RandomBinary() },
    };

    [Fact]
    public void Utf16_text_with_a_byte_order_mark_is_read()
    {
        var text = TextResume.Plain(People.DataEngineer);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var resume = Read(bytes);
        Assert.Equal("txt", resume.Meta.FileType);
        Assert.Equal("Дмитрий Соколов", resume.Basics.Name);
    }

    [Fact]
    public void Markdown_is_told_from_plain_text_by_its_marks()
    {
        Assert.Equal("md", Read(TextResume.Markdown(People.Backend)).Meta.FileType);
        Assert.Equal("txt", Read(TextResume.Plain(People.Backend)).Meta.FileType);
    }

    [Fact]
    public void Text_with_nul_bytes_is_not_text() =>
        Assert.Equal(ErrorCodes.UnsupportedType, Failure(Encoding.UTF8.GetBytes("Jane Doe\0\0\0Engineer")).Code);
}
