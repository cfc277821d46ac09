using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Fixtures.DocxResume;
using static Resume.Fixtures.WordConstructs;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The XML of Word's, Google Docs' and resume builders' templates, one construct at a time: what the page shows
/// is read, once; what it does not show (prompts, hidden and deleted text, instructions, notes) is not.</summary>
public sealed class WordConstructTests
{
    private static readonly Person Person = People.Backend;

    private static string Contact => $"{Person.Email} | {Person.Phone}";

    [Fact]
    public void The_first_pages_header_is_read_and_the_later_pages_header_is_not_read_as_well()
    {
        var bytes = WordConstructs.Resume(Person, (body, main) =>
        {
            var later = Header(main, HeaderFooterValues.Default, Tabbed($"{Person.Name} — Résumé", "Page 2", bold: false));
            var first = Header(main, HeaderFooterValues.First, Styled(Person.Name, "Title"), Plain(Person.Label), Plain(Contact));
            body.Append(new SectionProperties(later, first, new TitlePage()));
        });
        var resume = Read(MoveSectionToEnd(bytes));
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Label, resume.Basics.Label);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.DoesNotContain(resume.Meta.Sections, s => s.Heading.Contains("Résumé", StringComparison.Ordinal));
    }

    [Fact]
    public void A_prompt_left_in_a_content_control_is_not_read()
    {
        var bytes = WordConstructs.Resume(Person, (body, _) =>
            body.Append(Styled(Person.Name, "Title"), new Paragraph(RunOf(Contact + " | "), ControlRun("[LinkedIn profile URL]", placeholder: true))),
            end: (body, _) => body.Append(Styled("Projects", "Heading1"),
                ControlBlock(true, new Paragraph(new Run(new RunProperties(new RunStyle { Val = "PlaceholderText" }), new DocumentFormat.OpenXml.Wordprocessing.Text("Click or tap here to enter text."))))));
        var resume = Read(bytes);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Empty(resume.Projects);
        Assert.DoesNotContain("Click or tap", ResumeJson.Serialize(resume), StringComparison.Ordinal);
        Assert.DoesNotContain("LinkedIn profile URL", ResumeJson.Serialize(resume), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_heading_left_as_a_content_controls_placeholder_is_read()
    {
        var school = Person.Schools[0];
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(Styled(Person.Name, "Title"), Plain(Contact)),
            heading: TemplateHeading,
            end: (body, _) => body.Append(ControlBlock(true, Styled("Education", "Heading1")),
                Tabbed(school.Institution, DateStyle.ShortMonth.Range(school.Start, school.End), bold: true), Plain($"{school.Degree}, {school.Area}")));
        var resume = Read(bytes);
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name));
        Assert.Equal(Person.Skills.Count, resume.Skills.Count);
        Assert.Equal(school.Institution, Assert.Single(resume.Education).Institution);
    }

    [Fact]
    public void A_section_named_in_a_lesser_heading_style_is_still_a_section()
    {
        // Templates in layout tables style each column's headings on their own: Heading 1 in one, Heading 2 in the other.
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(Styled(Person.Name, "Title"), Plain(Contact)),
            heading: text => Styled(text, text == "Work Experience" ? "Heading2" : "Heading1"));
        var resume = Read(bytes);
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name));
        Assert.Contains(resume.Meta.Sections, s => s.Heading == "Work Experience");
    }

    [Fact]
    public void Filled_content_controls_are_read()
    {
        var bytes = WordConstructs.Resume(Person, (body, _) =>
            body.Append(ControlBlock(false, Styled(Person.Name, "Title")), new Paragraph(ControlRun(Person.Email, placeholder: false), RunOf(" | " + Person.Phone))));
        var resume = Read(bytes);
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Email, resume.Basics.Email);
    }

    [Fact]
    public void Table_rows_inside_content_controls_are_read()
    {
        var job = Person.Jobs[0];
        var bytes = Compose((body, _) => body.Append(
            Styled(Person.Name, "Title"), Plain(Contact), Styled("Work Experience", "Heading1"),
            MergedSidebar([new Paragraph()], [[Bold(job.Position), Plain(job.Company), Plain(DateStyle.ShortMonth.Range(job.Start, job.End))]], rowsInControls: true)));
        var resume = Read(bytes);
        var work = Assert.Single(resume.Work);
        Assert.Equal(job.Company, work.Name);
        Assert.Equal("2021-03", work.StartDate);
    }

    [Fact]
    public void A_sidebar_cell_merged_down_the_rows_is_read_as_a_column_of_its_own()
    {
        List<Paragraph> sidebar = [Bold("Contact"), Plain(Person.Email), Plain(Person.Phone), Bold("Skills"), .. Person.Skills.SelectMany(s => s.Keywords).Select(Plain)];
        var bytes = Compose((body, _) => body.Append(
            Styled(Person.Name, "Title"),
            MergedSidebar(sidebar, [[Styled("Summary", "Heading1"), Plain(Person.Summary)], [Styled("Education", "Heading1"), Tabbed(Person.Schools[0].Institution, DateStyle.ShortMonth.Range(Person.Schools[0].Start, Person.Schools[0].End), bold: true), Plain($"{Person.Schools[0].Degree}, {Person.Schools[0].Area}")]], rowsInControls: false)));
        var resume = Read(bytes);
        Assert.Equal(Person.Summary, resume.Basics.Summary);
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
        Assert.Equal(Person.Schools[0].Institution, Assert.Single(resume.Education).Institution);
    }

    [Fact]
    public void Hidden_text_is_not_read()
    {
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(
            Styled(Person.Name, "Title"), new Paragraph(RunOf(Contact), Hidden(" | Tip: put your LinkedIn address here"))),
            end: (body, _) => body.Append(new Paragraph(Hidden("Note to self: update before sending"))));
        var resume = Read(bytes);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.DoesNotContain("Tip:", ResumeJson.Serialize(resume), StringComparison.Ordinal);
        Assert.DoesNotContain("Note to self", ResumeJson.Serialize(resume), StringComparison.Ordinal);
    }

    [Fact]
    public void Deleted_and_moved_away_text_is_not_read_and_inserted_text_is()
    {
        var first = Person.Jobs[0].Highlights[0];
        var cut = first.LastIndexOf(' ');
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(Styled(Person.Name, "Title"), Plain(Contact)),
            bullet: h => h != first ? Bullet(h) : new Paragraph(Bullet("").ParagraphProperties!.CloneNode(true),
                MovedAway("Successfully "), RunOf(first[..cut]), Deleted(" quickly"), Inserted(first[cut..])));
        var resume = Read(bytes);
        Assert.Equal(Person.Jobs[0].Highlights, resume.Work[0].Highlights);
    }

    [Fact]
    public void Bullets_typed_as_symbol_font_characters_are_list_items()
    {
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(Styled(Person.Name, "Title"), Plain(Contact)), bullet: SymbolBullet);
        var resume = Read(bytes);
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => (IReadOnlyList<string>)w.Highlights));
    }

    [Fact]
    public void Bullets_typed_as_a_symbol_fonts_8_bit_code_are_list_items()
    {
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(Styled(Person.Name, "Title"), Plain(Contact)), bullet: WingdingsBullet);
        var resume = Read(bytes);
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => (IReadOnlyList<string>)w.Highlights));
    }

    [Fact]
    public void Footnotes_endnotes_and_comments_are_not_read()
    {
        var bytes = WordConstructs.Resume(Person, (body, main) =>
        {
            var notes = main.AddNewPart<DocumentFormat.OpenXml.Packaging.FootnotesPart>();
            notes.Footnotes = new Footnotes(new Footnote(new Paragraph(RunOf("Graduated while working nights at the harbour."))) { Id = 1 });
            var comments = main.AddNewPart<DocumentFormat.OpenXml.Packaging.WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(new Paragraph(RunOf("Shorten this summary?"))) { Id = "0", Author = "Mentor" });
            body.Append(Styled(Person.Name, "Title"), new Paragraph(RunOf(Contact), new Run(new FootnoteReference { Id = 1 })));
        }, end: (body, _) => body.Append(new Paragraph(new CommentRangeStart { Id = "0" }, RunOf("Open to relocation."), new CommentRangeEnd { Id = "0" }, new Run(new CommentReference { Id = "0" }))));
        var json = ResumeJson.Serialize(Read(bytes));
        Assert.DoesNotContain("harbour", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Shorten", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_in_a_translated_style_name_open_sections()
    {
        var bytes = WordConstructs.Resume(Person, (body, main) =>
        {
            AddStyle(main, "berschrift1", "Überschrift 1");
            body.Append(Styled(Person.Name, "Title"), Plain(Contact));
        }, heading: text => Styled(text.Replace("Work Experience", "Employment", StringComparison.Ordinal).Replace("Skills", "Toolbox", StringComparison.Ordinal), "berschrift1"));
        var resume = Read(bytes);
        Assert.Contains(resume.Meta.Sections, s => s.Heading == "Toolbox");
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
    }

    [Fact]
    public void Headings_numbered_through_their_style_are_headings_and_not_list_items()
    {
        var bytes = WordConstructs.Resume(Person, (body, main) =>
        {
            NumberHeadings(main);
            body.Append(Styled(Person.Name, "Title"), Plain(Contact));
        }, heading: text => Styled(text.Replace("Skills", "Toolbox", StringComparison.Ordinal), "Heading1"));
        var resume = Read(bytes);
        Assert.Equal(["Summary", "Work Experience", "Toolbox"], resume.Meta.Sections.Select(s => s.Heading).Where(h => h != ""));
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal(Person.Summary, resume.Basics.Summary);
    }

    [Fact]
    public void Headings_on_an_outline_list_that_prints_nothing_are_headings_whatever_their_words()
    {
        var bytes = WordConstructs.Resume(Person, (body, main) =>
        {
            SilentlyNumberHeadings(main);
            body.Append(Styled(Person.Name, "Title"), Plain(Contact));
        }, heading: text => Styled(text.Replace("Work Experience", "Recent Experience", StringComparison.Ordinal)
            .Replace("Skills", "Skills Overview", StringComparison.Ordinal), "Heading1"));
        var resume = Read(bytes);
        Assert.Contains(resume.Meta.Sections, s => s.Heading == "Recent Experience");
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal(Person.Jobs.Select(j => j.Position), resume.Work.Select(w => w.Position!));
    }

    [Fact]
    public void A_link_written_as_a_HYPERLINK_field_keeps_its_address_and_drops_the_instruction()
    {
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(
            Styled(Person.Name, "Title"),
            new Paragraph([RunOf(Contact + " | "), .. FieldLink("GitHub", "https://github.com/mlindqvist"), RunOf(" | "), .. FieldLink("Portfolio", "https://martalindqvist.dev/")])));
        var resume = Read(bytes);
        Assert.Contains(resume.Basics.Profiles, p => p.Url == "https://github.com/mlindqvist");
        Assert.Equal("https://martalindqvist.dev/", resume.Basics.Url);
        Assert.DoesNotContain("HYPERLINK", ResumeJson.Serialize(resume), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_inside_a_smart_tag_is_read()
    {
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(
            Styled(Person.Name, "Title"), new Paragraph(SmartTag(Person.City, nested: true), RunOf($", {Person.Region} | {Contact}"))));
        var resume = Read(bytes);
        Assert.Equal(Person.City, resume.Basics.Location?.City);
    }

    [Fact]
    public void A_text_box_with_a_VML_fallback_is_read_once()
    {
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(TextBoxWithFallback(Styled(Person.Name, "Title"), Plain(Person.Label), Plain(Contact))));
        var resume = Read(bytes);
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Label, resume.Basics.Label);
        Assert.Equal(Person.Summary, resume.Basics.Summary);
    }

    [Fact]
    public void A_name_set_large_over_two_lines_in_a_text_box_is_the_whole_name()
    {
        static Paragraph Large(string text) => new(new Run(new RunProperties(new FontSize { Val = "56" }), new DocumentFormat.OpenXml.Wordprocessing.Text(text)));
        var (first, surname) = (Person.Name[..Person.Name.IndexOf(' ')], Person.Name[(Person.Name.IndexOf(' ') + 1)..]);
        var bytes = WordConstructs.Resume(Person, (body, _) => body.Append(TextBoxWithFallback(Large(first), Large(surname)), Plain(Person.Label), Plain(Contact)));

        var resume = Read(bytes);

        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Label, resume.Basics.Label);
    }

    [Fact]
    public void A_footers_link_points_where_the_footers_own_relationship_says()
    {
        var bytes = WordConstructs.Resume(Person, (body, main) =>
        {
            body.Append(Styled(Person.Name, "Title"), Linked(main, (Person.Email, null), (" | ", null), ("Portfolio", "https://martalindqvist.dev/")));
            body.Append(new SectionProperties(Footer(main, part =>
                [new Paragraph(RunOf(Person.Phone + " | "), new Hyperlink(RunOf("LinkedIn")) { Id = part.AddHyperlinkRelationship(new Uri("https://www.linkedin.com/in/marta-lindqvist"), true).Id })])));
        });
        var resume = Read(MoveSectionToEnd(bytes));
        Assert.Equal("https://martalindqvist.dev/", resume.Basics.Url);
        Assert.Contains(resume.Basics.Profiles, p => p.Url == "https://www.linkedin.com/in/marta-lindqvist");
    }

    [Fact]
    public void Dates_set_apart_by_space_above_open_the_next_entry_rather_than_close_the_last()
    {
        static Paragraph SpacedAbove(Paragraph p)
        {
            (p.ParagraphProperties ??= new ParagraphProperties()).Append(new SpacingBetweenLines { Before = "240", After = "0" });
            return p;
        }
        var bytes = Compose((body, _) =>
        {
            body.Append(Styled(Person.Name, "Title"), Plain(Contact), Styled("Work Experience", "Heading1"));
            foreach (var job in Person.Jobs)
            {
                // Word's chronological templates: a dates heading, then "Title, Company", then the bullets.
                body.Append(SpacedAbove(Plain(DateStyle.ShortMonth.Range(job.Start, job.End).ToUpperInvariant())), Bold($"{job.Position}, {job.Company}"));
                body.Append(job.Highlights.Select(Bullet));
            }
        });
        var resume = Read(bytes);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => (IReadOnlyList<string>)w.Highlights));
    }

    [Fact]
    public void An_entry_line_closed_by_a_companys_legal_form_is_a_title_not_a_sentence()
    {
        var bytes = Compose((body, _) =>
        {
            body.Append(Styled(Person.Name, "Title"), Plain(Contact), Styled("Work Experience", "Heading1"));
            body.Append(Plain("DevOps Engineer — Fathom Security Corp."), Plain("02/2017 – 09/2017"), Bullet("Cut build times by 55% with remote caching"));
            body.Append(Plain("Charge Nurse — Evergreen Mobility Corp."), Plain("11/2014 – 01/2017"), Bullet("Led the ward's infection control audits"));
        });
        var resume = Read(bytes);
        Assert.Equal([("Fathom Security Corp.", "DevOps Engineer"), ("Evergreen Mobility Corp.", "Charge Nurse")], resume.Work.Select(w => (w.Name!, w.Position!)));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("message/rfc822")]
    public void A_resume_imported_as_an_HTML_or_MHT_chunk_is_read(string contentType)
    {
        var job = Person.Jobs[0];
        var html = $$"""
            <html><head><title>CV</title><style>h2 { color: red; }</style></head><body>
            <h1>{{Person.Name}}</h1><p>{{Person.Email}} | {{Person.Phone}} | <a href="https://github.com/mlindqvist">GitHub</a></p>
            <h2>Summary</h2><p>{{Person.Summary}}</p>
            <h2>Work Experience</h2>
            <p><b>{{job.Position}}, {{job.Company}}</b></p><p>{{DateStyle.ShortMonth.Range(job.Start, job.End)}}</p>
            <ul>{{string.Concat(job.Highlights.Select(h => $"<li>{h}</li>"))}}</ul>
            </body></html>
            """;
        var content = contentType == "text/html" ? html
            : "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"PART\"\r\n\r\n--PART\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
              + html.Replace("=", "=3D", StringComparison.Ordinal).Replace("<ul>", "<ul>=\r\n", StringComparison.Ordinal) + "\r\n--PART--\r\n";
        var bytes = Compose((body, main) => body.Append(AltChunk(main, contentType, content)));
        var resume = Read(bytes);
        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Contains(resume.Basics.Profiles, p => p.Url == "https://github.com/mlindqvist");
        Assert.Equal(Person.Summary, resume.Basics.Summary);
        var work = Assert.Single(resume.Work);
        Assert.Equal((job.Company, job.Position), (work.Name, work.Position));
        Assert.Equal(job.Highlights, work.Highlights);
    }

    [Fact]
    public void An_imported_chunk_whose_tags_and_comments_never_close_is_read_to_its_end()
    {
        var hostile = "<html><body><p>Open source work</p>" + string.Concat(Enumerable.Repeat("<!-- <a href='x' <b ", 60_000));
        var bytes = WordConstructs.Resume(Person, (body, main) => body.Append(Styled(Person.Name, "Title"), Plain(Contact)),
            end: (body, main) => body.Append(AltChunk(main, "text/html", hostile)));
        var resume = Read(bytes);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.DoesNotContain("<a href", ResumeJson.Serialize(resume), StringComparison.Ordinal);
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
