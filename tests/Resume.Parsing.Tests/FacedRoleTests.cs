using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Templates set an entry's title in one face and its employer in another (bold over italic, bold over plain): the faces
/// are carried from the PDF's fonts and the DOCX's runs, and an entry's two pieces in the section's two faces are read by
/// them, the employer whole whatever "at", colon or dash it holds.
/// </summary>
public sealed class FacedRoleTests
{
    private static readonly (string Title, string Employer, string Dates, string Item)[] Jobs =
    [
        ("Research Assistant", "Oral history project at the Marrow Valley Archive", "2024 – Present", "Recorded forty interviews with retired mill workers"),
        ("Archivist", "Lakeside Heritage Trust: Collections and Loans", "2021 – 2024", "Catalogued the estate papers of the founding family"),
        ("Museum Intern", "Brackenfield Folk Museum", "2020 – 2021", "Guided school groups through the weaving hall"),
    ];

    [Fact]
    public void An_italic_employer_line_under_a_bold_title_stays_whole()
    {
        var resume = Read(Pdf(italicEmployer: true));

        Assert.Equal(Jobs.Select(j => (j.Employer, j.Title)), resume.Work.Select(w => (w.Name!, w.Position!)));
    }

    [Fact]
    public void A_docx_employer_in_italic_runs_under_a_bold_title_stays_whole()
    {
        var bytes = DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Lotte Brink", "Title"));
            body.Append(DocxResume.Plain("lotte.brink@example.com"));
            body.Append(DocxResume.Styled("Experience", "Heading1"));
            foreach (var (title, employer, dates, item) in Jobs)
            {
                body.Append(DocxResume.Tabbed(title, dates, bold: true));
                body.Append(DocxResume.Italic(employer));
                body.Append(DocxResume.Bullet(item));
            }
        });

        var resume = Read(bytes);

        Assert.Equal(Jobs.Select(j => (j.Employer, j.Title)), resume.Work.Select(w => (w.Name!, w.Position!)));
    }

    [Fact]
    public void A_place_set_after_a_separator_closes_either_faced_piece_and_is_the_location()
    {
        var bytes = DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Lotte Brink", "Title"));
            body.Append(DocxResume.Plain("lotte.brink@example.com"));
            body.Append(DocxResume.Styled("Experience", "Heading1"));
            foreach (var (title, employer, dates, item) in new[]
            {
                ("Audit Manager · Pittsburgh, PA", "Crane Logistics Group", "2023 – Present", "Led the yearly audit of twelve depots"),
                ("Senior Auditor", "Meridian Health Partners - Nantes, Pays de la Loire", "2018 – 2023", "Reviewed the billing controls of four clinics"),
            })
            {
                body.Append(DocxResume.Tabbed(title, dates, bold: true));
                body.Append(DocxResume.Italic(employer));
                body.Append(DocxResume.Bullet(item));
            }
        });

        var resume = Read(bytes);

        Assert.Equal([("Crane Logistics Group", "Audit Manager", "Pittsburgh, PA"), ("Meridian Health Partners", "Senior Auditor", "Nantes, Pays de la Loire")],
            resume.Work.Select(w => (w.Name, w.Position, w.Location)));
    }

    [Fact]
    public void A_federal_pay_grade_closing_a_faced_title_is_no_part_of_it()
    {
        var bytes = DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Lotte Brink", "Title"));
            body.Append(DocxResume.Plain("lotte.brink@example.com"));
            body.Append(DocxResume.Styled("Work Experience", "Heading1"));
            foreach (var (title, employer, dates, item) in new[]
            {
                ("Head Chef (Series: 0901, Grade: GS-12)", "Larder House Kitchens", "2020 – Present", "Planned menus for four hundred covers a day"),
                ("Program Analyst, GS-0343-12", "Bureau of Harbour Works", "2016 – 2020", "Tracked the budget of nine dredging contracts"),
            })
            {
                body.Append(DocxResume.Tabbed(title, dates, bold: true));
                body.Append(DocxResume.Italic(employer));
                body.Append(DocxResume.Bullet(item));
            }
        });

        var resume = Read(bytes);

        Assert.Equal([("Larder House Kitchens", "Head Chef"), ("Bureau of Harbour Works", "Program Analyst")], resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void A_bold_title_beside_its_dates_does_not_run_on_into_the_plain_employer_line()
    {
        var resume = Read(Pdf(italicEmployer: false, firstTitle: "Research assistant: dialect survey in the uplands",
            firstEmployer: "Marrow Valley Archive, Tarnby, Norway"));

        Assert.Equal(("Marrow Valley Archive", "Research assistant: dialect survey in the uplands"),
            (resume.Work[0].Name, resume.Work[0].Position));
    }

    [Fact]
    public void One_employer_whose_words_read_as_a_title_is_outvoted_by_the_entries_its_faces_agree_with()
    {
        var resume = Read(Pdf(italicEmployer: true, jobs:
        [
            ("Senior Groomer", "Lead Valley Kennels", "2022 – Present", "Groomed and bathed twenty dogs a day"),
            ("Veterinary Nurse", "Willow Veterinary Clinic", "2018 – 2022", "Prepared the theatre for routine surgery"),
            ("Kennel Assistant", "Brook Farm Boarding", "2016 – 2018", "Fed and walked the boarders"),
        ]));

        Assert.Equal(("Lead Valley Kennels", "Senior Groomer"), (resume.Work[0].Name, resume.Work[0].Position));
    }

    private static byte[] Pdf(bool italicEmployer, string? firstTitle = null, string? firstEmployer = null,
        (string Title, string Employer, string Dates, string Item)[]? jobs = null)
    {
        jobs ??= Jobs;
        const double left = 60, right = 535;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Lotte Brink", left, 22, bold: true);
            c.Advance(22);
            c.Draw("lotte.brink@example.com  ·  +47 912 34 567", left, 9.5);
            c.Advance(26);
            c.Draw("EXPERIENCE", left, 12, bold: true);
            c.Advance(18);
            for (var k = 0; k < jobs.Length; k++)
            {
                var (title, employer, dates, item) = jobs[k];
                c.Draw(k == 0 ? firstTitle ?? title : title, left, 10.5, bold: true);
                c.DrawRight(dates, right, 10.5, bold: !italicEmployer);
                c.Advance(13);
                c.Draw(k == 0 ? firstEmployer ?? employer : employer, left, 10.5, italic: italicEmployer);
                c.Advance(14);
                c.Paragraph(item, left + 12, right - left - 12, 10, "•");
                c.Advance(8);
            }
            c.Draw("EDUCATION", left, 12, bold: true);
            c.Advance(18);
            c.Draw("University of Tarnby", left, 10.5, bold: true);
            c.DrawRight("2016 – 2020", right, 10.5);
            c.Advance(13);
            c.Draw("BA History", left, 10.5);
        }
        return document.ToBytes();
    }
}

/// <summary>Embedded fonts rarely set the descriptor's italic flag: the face's name says it.</summary>
public sealed class ItalicFaceNameTests
{
    [Theory]
    [InlineData("QDFOLC+LMRoman10-Italic")]
    [InlineData("OHATPA+SourceSansPro-LightIt-Identity-H")]
    [InlineData("KOPLNR+CMTI10")]
    [InlineData("SFSL1095")]
    [InlineData("Arial,Italic")]
    [InlineData("EAAAAA+Garet-BoldItalic")]
    [InlineData("AAAAAF+LMRomanSlant10-Regular")]
    [InlineData("Helvetica-Oblique")]
    public void Italic_and_slanted_faces_are_known_by_name(string font) =>
        Assert.True(Resume.Parsing.Extraction.Pdf.ChunkBuilder.IsItalicName(font));

    [Theory]
    [InlineData("QDFOLC+LMRoman10-Regular")]
    [InlineData("FKLICQ+CMBX10")]
    [InlineData("WJPVXW+SourceSansPro-Bold-Identity-H")]
    [InlineData("Arial,Bold")]
    [InlineData("CIDFont+F1")]
    [InlineData("Times-Roman")]
    [InlineData("LYDQOV+Roboto-Regular")]
    [InlineData("BCDHEE+ArialMT")]
    public void Upright_faces_are_not(string font) =>
        Assert.False(Resume.Parsing.Extraction.Pdf.ChunkBuilder.IsItalicName(font));
}
