using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Fixtures.DocxResume;
using static Resume.Fixtures.WordConstructs;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Word constructs as Word, Google Docs, Pages and WPS save them, beyond a template's own: fields whose
/// instruction Word split over runs, icons in symbol fonts before a phone or an e-mail, headings in capitals set by a run property,
/// a paragraph joined to the next by a tracked deletion, tables inside a layout table, a text box in the header, and the
/// package variants people upload (Strict Open XML, macro-enabled documents, templates).</summary>
public sealed class SavedWordTests
{
    private static readonly Person Person = People.Backend;

    private static string Contact => $"{Person.Email} | {Person.Phone}";

    [Fact]
    public void A_HYPERLINK_field_whose_instruction_is_split_over_runs_keeps_its_whole_address()
    {
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(
            Styled(Person.Name, "Title"),
            new Paragraph(RunOf(Person.Phone + " | "),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" HYPERLINK \"mailto:") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldCode(Person.Email) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldCode("\" \\o \"Write to me\" ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                RunOf("Email"),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                RunOf(" | "),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" HYPERLINK \"https://www.linked") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldCode($"in.com/in/{Person.LinkedIn}/\" ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                RunOf("LinkedIn"),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }))));
        var resume = Read(bytes);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Contains(resume.Basics.Profiles, p => p.Url == $"https://www.linkedin.com/in/{Person.LinkedIn}/");
        Assert.DoesNotContain("HYPERLINK", ResumeJson.Serialize(resume), StringComparison.Ordinal);
    }

    [Fact]
    public void Links_shown_only_as_Email_and_LinkedIn_give_the_address_behind_them()
    {
        var bytes = WordConstructs.Resume(Person, (body, main) => body.Append(
            Styled(Person.Name, "Title"),
            Linked(main, (Person.Phone + " | ", null), ("Email", "mailto:" + Person.Email), (" | ", null), ("LinkedIn", $"https://www.linkedin.com/in/{Person.LinkedIn}"))));
        var resume = Read(bytes);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.Contains(resume.Basics.Profiles, p => p.Url == $"https://www.linkedin.com/in/{Person.LinkedIn}");
    }

    [Fact]
    public void Icons_typed_in_a_symbol_font_before_the_phone_and_the_email_are_not_read_as_text()
    {
        // Wingdings "(" is a telephone and "*" an envelope; Webdings "É" a house; w:sym F02A another envelope.
        var wingdings = new RunFonts { Ascii = "Wingdings", HighAnsi = "Wingdings" };
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(
            Styled(Person.Name, "Title"),
            new Paragraph(RunOf("(", (RunFonts)wingdings.CloneNode(true)), RunOf(" " + Person.Phone)),
            new Paragraph(RunOf("*", (RunFonts)wingdings.CloneNode(true)), RunOf(" " + Person.Email)),
            new Paragraph(new Run(new SymbolChar { Font = "Wingdings", Char = "F02A" }), RunOf(" " + Person.Email + "   "),
                RunOf("É", new RunFonts { Ascii = "Webdings", HighAnsi = "Webdings" }), RunOf($" {Person.City}, {Person.Region}"))));
        var resume = Read(bytes);
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.City, resume.Basics.Location?.City);
        Assert.Equal(Person.Summary, resume.Basics.Summary);
        var json = ResumeJson.Serialize(resume);
        Assert.DoesNotContain("É", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_set_in_capitals_by_a_run_property_open_sections_and_keep_the_letters_as_typed()
    {
        // Capitals shown by w:caps are not read as capitals: a DOCX line carries no size, so a heading in caps would share
        // its look with every acronym line ("SQL") of a skills list; the letters typed are the better record.
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(
                new Paragraph(new Run(new RunProperties(new Caps(), new FontSize { Val = "40" }), new DocumentFormat.OpenXml.Wordprocessing.Text(Person.Name))),
                Plain(Contact)),
            heading: text => new Paragraph(new Run(new RunProperties(new Caps(), new FontSize { Val = "24" }, new Color { Val = "2E74B5" }),
                new DocumentFormat.OpenXml.Wordprocessing.Text(text.Replace("Skills", "Toolbox", StringComparison.Ordinal)))));
        var resume = Read(bytes);
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(["Summary", "Work Experience", "Toolbox"], resume.Meta.Sections.Select(s => s.Heading).Where(h => h != ""));
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
        Assert.Equal(Person.Summary, resume.Basics.Summary);
    }

    [Fact]
    public void A_paragraph_whose_mark_was_deleted_with_tracked_changes_runs_on_into_the_next()
    {
        var first = Person.Jobs[0].Highlights[0];
        var cut = first.IndexOf(" by ", StringComparison.Ordinal);
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(Styled(Person.Name, "Title"), Plain(Contact)),
            bullet: h => h != first ? Bullet(h) : new SdtBlock(new SdtContentBlock(
                JoinedToNext(Bullet(first[..cut])),
                new Paragraph(Bullet("").ParagraphProperties!.CloneNode(true), RunOf(first[cut..])))));
        var resume = Read(bytes);
        Assert.Equal(Person.Jobs[0].Highlights, resume.Work[0].Highlights);
    }

    [Fact]
    public void A_table_of_entries_inside_a_layout_tables_cell_is_read_row_by_row()
    {
        var entries = new Table(Person.Jobs.Select(j => new TableRow(
            new TableCell(Bold(j.Company), Plain(j.Position)),
            new TableCell(Plain(DateStyle.ShortMonth.Range(j.Start, j.End)), Plain(j.Location ?? "")))));
        var bytes = Compose((body, _) => body.Append(
            Styled(Person.Name, "Title"), Plain(Contact),
            new Table(new TableRow(
                new TableCell(Styled("Experience", "Heading1")),
                new TableCell(entries, new Paragraph())))));
        var resume = Read(bytes);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(["2021-03", "2017-09"], resume.Work.Select(w => w.StartDate));
    }

    [Fact]
    public void A_name_in_a_text_box_anchored_in_the_header_is_read_once()
    {
        var bytes = WordConstructs.Resume(Person, (body, main) =>
            body.Append(new SectionProperties(Header(main, HeaderFooterValues.Default,
                TextBoxWithFallback(Styled(Person.Name, "Title"), Plain(Person.Label), Plain(Contact))))));
        var resume = Read(MoveSectionToEnd(bytes));
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Label, resume.Basics.Label);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(2, ResumeJson.Serialize(resume).Split(Person.Name).Length);
    }

    [Fact]
    public void A_document_saved_as_Strict_Open_XML_is_read()
    {
        var bytes = ToStrict(WordConstructs.Resume(Person, (body, _) => body.Append(Styled(Person.Name, "Title"), Plain(Contact))));
        var resume = Read(bytes);
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
    }

    [Theory]
    [InlineData("application/vnd.ms-word.document.macroEnabled.main+xml")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")]
    [InlineData("application/vnd.ms-word.template.macroEnabledTemplate.main+xml")]
    public void A_macro_enabled_document_or_a_template_renamed_to_docx_is_read(string contentType)
    {
        var bytes = WithMainContentType(WordConstructs.Resume(Person, (body, _) => body.Append(Styled(Person.Name, "Title"), Plain(Contact))), contentType);
        var resume = Read(bytes);
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
    }

    [Fact]
    public void A_printed_lists_numbers_and_hollow_o_markers_standing_apart_open_list_items()
    {
        // Word prints a numbered list as "1." and a tab, and its second bullet as "o" in Courier New: in the PDF each
        // marker is a piece of its own before the item's text.
        var resume = Read(ProducerShapes.PrintedListMarkers(Person, DateStyle.ShortMonth));
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => (IReadOnlyList<string>)w.Highlights));
    }

    [Fact]
    public void A_heading_cell_set_a_line_lower_than_its_rows_first_line_opens_the_section_at_that_line()
    {
        // A layout table printed to PDF: the heading's space before puts it beside the entry's second line; the first
        // line (the employer and dates) still belongs to the heading's section, not to the one before.
        var resume = Read(ProducerShapes.LoweredCellHeadings(Person, DateStyle.ShortMonth));
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
    }

    private static Paragraph JoinedToNext(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties!;
        properties.Append(new ParagraphMarkRunProperties(new Deleted { Id = "9", Author = "A" }));
        return paragraph;
    }

    /// <summary>The package with the main part declared as another Word type (what a .docm or .dotx holds).</summary>
    private static byte[] WithMainContentType(byte[] bytes, string contentType) => Rewrite(bytes, (name, text) => name == "[Content_Types].xml"
        ? text.Replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", contentType, StringComparison.Ordinal)
        : text);

    /// <summary>The package in ISO 29500 Strict's namespaces, as Word's "Strict Open XML Document" saves it.</summary>
    private static byte[] ToStrict(byte[] bytes) => Rewrite(bytes, (name, text) => name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal)
        ? text.Replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main", StringComparison.Ordinal)
            .Replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships", StringComparison.Ordinal)
        : text);

    private static byte[] Rewrite(byte[] bytes, Func<string, string, string> change)
    {
        using var input = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                string text;
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }
                using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
                writer.Write(change(entry.FullName, text));
            }
        }
        return output.ToArray();
    }

    /// <summary>Section properties belong at the end of the body, after what the builder appended later.</summary>
    private static byte[] MoveSectionToEnd(byte[] bytes)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var section = body.Elements<SectionProperties>().First();
            section.Remove();
            body.Append(section);
        }
        return stream.ToArray();
    }
}
