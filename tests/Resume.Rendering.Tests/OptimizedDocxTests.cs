using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Resume.Model;

namespace Resume.Rendering.Tests;

public sealed class OptimizedDocxTests
{
    private readonly OptimizedResumeWriter _writer = new();

    [Fact]
    public void The_document_is_valid_open_xml()
    {
        using var document = Open(Write(Samples.Resume(), Samples.Guide()));

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void The_name_is_the_title_and_sections_are_real_headings_in_the_guides_order()
    {
        using var document = Open(Write(Samples.Resume(), Samples.Guide()));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        Assert.Equal("José Álvarez-Núñez", Assert.Single(paragraphs, p => Style(p) == "Title").InnerText);
        Assert.Equal(
            ["Professional Summary", "Technical Skills", "Professional Experience", "Projects", "Education", "Certifications", "Languages"],
            paragraphs.Where(p => Style(p) == "Heading1").Select(p => p.InnerText));
        var heading = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal("heading 1", heading.StyleName!.Val!.Value);
        Assert.Equal(0, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [Fact]
    public void Bullets_are_a_real_list_backed_by_a_bullet_numbering_definition()
    {
        using var document = Open(Write(Samples.Resume(), Samples.Guide()));
        var main = document.MainDocumentPart!;

        var bullets = main.Document!.Body!.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();

        Assert.Equal(
            Samples.Resume().Work.Sum(w => w.Highlights.Count) + Samples.Resume().Projects.Sum(p => p.Highlights.Count),
            bullets.Count);
        Assert.DoesNotContain(bullets, b => b.InnerText.StartsWith('•'));
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        foreach (var id in bullets.Select(b => b.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct())
        {
            var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == id);
            var definition = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
            Assert.Equal(NumberFormatValues.Bullet, definition.Elements<Level>().Single(l => l.LevelIndex!.Value == 0).NumberingFormat!.Val!.Value);
        }
    }

    [Fact]
    public void There_are_no_tables_text_boxes_drawings_headers_or_footers()
    {
        using var document = Open(Write(Samples.Resume(), Samples.Guide()));
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;

        Assert.Empty(body.Descendants<Table>());
        Assert.Empty(body.Descendants<TextBoxContent>());
        Assert.Empty(body.Descendants<Drawing>());
        Assert.Empty(main.HeaderParts);
        Assert.Empty(main.FooterParts);
    }

    [Fact]
    public void An_entry_is_its_title_organisation_and_dates_one_paragraph_each_with_no_tabs()
    {
        using var document = Open(Write(Samples.Resume(), Samples.Guide()));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

        var title = paragraphs.FindIndex(p => Style(p) == "EntryTitle" && p.InnerText == "Senior Backend Engineer");

        Assert.Equal(
            [("EntryTitle", "Senior Backend Engineer"), ("EntrySubtitle", "Ironclad Robotics | Remote"), ("EntryDates", "Jan 2021 – Present")],
            paragraphs.Skip(title).Take(3).Select(p => (Style(p), p.InnerText)));
        Assert.Empty(document.MainDocumentPart.Document.Body.Descendants<TabChar>());
    }

    [Fact]
    public void Absurd_input_stays_bounded_and_names_what_was_left_out()
    {
        var resume = Samples.Resume() with
        {
            Basics = Samples.Resume().Basics with { Summary = string.Concat(Enumerable.Repeat("summary text ", 8_000)) },
            Work = [new Work { Name = "Big Co", Position = "Engineer", StartDate = "2020-01", Highlights = Enumerable.Range(0, 20_000).Select(b => $"Bullet {b}").ToList() }],
        };

        var bytes = Write(resume, Samples.Guide());
        using var document = Open(bytes);

        Assert.InRange(bytes.Length, 1, 200_000);
        var notes = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Where(p => Style(p) == "Note").Select(p => p.InnerText).ToList();
        Assert.Contains(notes, n => n.Contains("19,970 bullets", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("shortened", StringComparison.Ordinal));
    }

    private byte[] Write(ResumeDocument resume, GuideSummary guide)
    {
        using var output = new MemoryStream();
        _writer.WriteDocx(resume, guide, output);
        return output.ToArray();
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}
