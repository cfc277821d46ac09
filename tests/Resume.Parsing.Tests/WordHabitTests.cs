using DocumentFormat.OpenXml;
using PdfSharp.Pdf;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Fixtures.DocxResume;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>What people do in Word and LibreOffice Writer that the page shows plainly: dotted lines typed across the page
/// between sections, a caption over a job's achievements, a qualified section name, a page header and footer.</summary>
public sealed class WordHabitTests
{
    [Fact]
    public void A_volunteer_work_experience_section_holds_volunteer_roles_not_jobs()
    {
        var resume = Read(Docx(
            Bold("PROFESSIONAL EXPERIENCE"),
            Bold("Programme Officer"), Plain("Coastal Water Trust, Leeds"), Plain("March 2021 - Present"),
            Bullet("Drafted the quarterly reports for donors"),
            Bold("VOLUNTEER WORK EXPERIENCE"),
            Bold("Harbour Food Bank, Boston, MA"), Plain("Volunteer Coordinator, May 2019"),
            Bullet("Argued the position paper on fisheries"),
            Bold("EDUCATION"), Bold("Westbrook College"), Plain("Bachelor of Arts in Politics, June 2019")));

        Assert.Equal(["Coastal Water Trust"], resume.Work.Select(w => w.Name));
        Assert.Equal("Harbour Food Bank", Assert.Single(resume.Volunteer).Organization);
    }

    [Fact]
    public void A_colon_between_a_bold_employer_and_an_italic_title_belongs_to_neither()
    {
        static DocumentFormat.OpenXml.Wordprocessing.Paragraph EmployerColonTitle(string employer, string title) => new(
            new W.Run(new W.RunProperties(new W.Bold()), new W.Text(employer)),
            new W.Run(new W.Text(":")),
            new W.Run(new W.Text(" ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.RunProperties(new W.Italic()), new W.Text(title)));
        var resume = Read(Docx(
            Bold("Experience"),
            EmployerColonTitle("Harbour Analytics", "Data Analyst"), Bold("Mar 2021 – Present"),
            Bullet("Built the weekly sales dashboard"),
            EmployerColonTitle("Kestrel", "Junior Analyst"), Bold("Sep 2018 – Feb 2021"),
            Bullet("Cleaned the store survey data each quarter"),
            Bold("Education"), Bold("Westbrook College"), Plain("Bachelor of Science, Statistics, 2018")));

        Assert.Equal([("Harbour Analytics", "Data Analyst"), ("Kestrel", "Junior Analyst")], resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void A_skill_areas_heading_opens_a_skills_section()
    {
        var resume = Read(Docx(
            Bold("Experience"),
            Tabbed("Harbour Analytics", "Leeds", bold: true), Tabbed("Data Analyst", "2020 - 2023", bold: false),
            Bullet("Built the weekly sales dashboard"),
            Bold("Skill Areas"),
            Bullet("Languages: Python, SQL, R"), Bullet("Tools: Git, Tableau"),
            Bold("Education"), Tabbed("Westbrook College", "York", bold: true), Tabbed("Bachelor of Science, Statistics", "2019", bold: false)));

        Assert.Equal(["Python", "SQL", "R", "Git", "Tableau"], resume.Keywords());
    }

    [Fact]
    public void A_line_of_dots_typed_across_the_page_is_no_entry()
    {
        const string dots = "……………………………………………………………………………………";
        var resume = Read(Docx(
            Bold("EXPERIENCE"),
            Bold("Programme Officer"), Plain("Coastal Water Trust, Leeds"), Plain("March 2021 - Present"),
            Bullet("Drafted the quarterly reports for donors"),
            Plain(dots),
            Bold("Research Assistant"), Plain("Westbrook College, Boston, MA"), Plain("August 2019 - December 2019"),
            Bullet("Ran the phone survey of registered voters"),
            Plain(dots),
            Bold("EDUCATION"), Bold("Westbrook College"), Plain("Bachelor of Arts in Politics, June 2019")));

        Assert.Equal(["Coastal Water Trust", "Westbrook College"], resume.Work.Select(w => w.Name));
        Assert.DoesNotContain(dots, ResumeJson.Serialize(resume), StringComparison.Ordinal);
    }

    [Fact]
    public void An_achievements_caption_inside_a_job_opens_no_job_of_its_own()
    {
        var resume = Read(Docx(
            Bold("EXPERIENCE"),
            Bold("Programme Officer"), Plain("Coastal Water Trust, Leeds"), Plain("March 2021 - Present"),
            Bullet("Drafted the quarterly reports for donors"), Bullet("Kept the calendar of project milestones"),
            Bold("Achievements"),
            Plain("Raised four million dollars for the shoreline project."),
            Bold("Account Executive"), Plain("Bright Harbour Media, Boston, MA"), Plain("June 2018 - February 2021"),
            Bullet("Managed the clients' social media accounts"),
            Bold("EDUCATION"), Bold("Westbrook College"), Plain("Bachelor of Arts in Politics, June 2019")));

        Assert.Equal(["Coastal Water Trust", "Bright Harbour Media"], resume.Work.Select(w => w.Name));
    }

    [Fact]
    public void An_achievements_heading_set_like_the_experience_heading_opens_its_section()
    {
        // The other headings are capitals; "Achievements" is set like "Relevant Experience" above it, so it is a heading
        // of the same rank, not a caption inside the job.
        var bytes = InesFarrowPdf(c =>
        {
            c.Draw("Relevant Experience", 72, 13, bold: true);
            c.Y += 20;
            c.Draw("Programme Officer, Coastal Water Trust", 72, 11, bold: true);
            c.DrawRight("March 2021 - Present", 540, 11);
            c.Y += 15;
            c.Draw("• Drafted the quarterly reports for donors", 84, 11);
            c.Y += 25;
            c.Draw("Achievements", 72, 13, bold: true);
            c.Y += 20;
            c.Draw("• Volunteer of the Year, Leeds Civic Trust, 2022", 84, 11);
            c.Y += 25;
            foreach (var (heading, line) in new[] { ("EDUCATION", "Bachelor of Arts in Politics, Westbrook College, 2019"), ("SKILLS", "Grant writing, Budgeting, Stakeholder reporting"), ("LANGUAGES", "English, French") })
            {
                c.Draw(heading, 72, 11, bold: true);
                c.Y += 18;
                c.Draw(line, 72, 11);
                c.Y += 25;
            }
        });

        var resume = Read(bytes);

        Assert.Equal(["Coastal Water Trust"], resume.Work.Select(w => w.Name));
        Assert.Single(resume.Awards);
    }

    [Fact]
    public void A_raised_ordinal_suffix_stays_in_its_list_item()
    {
        var bytes = InesFarrowPdf(c =>
        {
            c.Draw("EXPERIENCE", 72, 12, bold: true);
            c.Y += 20;
            c.Draw("Programme Officer", 72, 11, bold: true);
            c.DrawRight("March 2021 - Present", 540, 11);
            c.Y += 15;
            c.Draw("Coastal Water Trust, Leeds", 72, 11);
            c.Y += 15;
            foreach (var (before, suffix, after) in new[] { ("• Ranked 1", "st", " of 40 officers in the annual review"), ("• Organised the 22", "nd", " regional assembly on erosion") })
            {
                var x = c.Draw(before, 84, 11);
                x = c.Draw(suffix, x, 7, y: c.Y - 4); // Word's superscript: smaller, above the baseline
                c.Draw(after, x, 11);
                c.Y += 15;
            }
            c.Draw("• Drafted the quarterly reports for donors", 84, 11);
            c.Y += 25;
            c.Draw("EDUCATION", 72, 12, bold: true);
            c.Y += 20;
            c.Draw("Westbrook College", 72, 11, bold: true);
            c.DrawRight("2015 - 2019", 540, 11);
            c.Y += 15;
            c.Draw("Bachelor of Arts in Politics", 72, 11);
        });

        var job = Assert.Single(Read(bytes).Work);
        Assert.Equal(["Ranked 1st of 40 officers in the annual review", "Organised the 22nd regional assembly on erosion", "Drafted the quarterly reports for donors"],
            job.Highlights);
    }

    [Fact]
    public void An_employer_and_its_country_under_the_title_are_the_employer_not_a_town()
    {
        var resume = Read(Docx(
            Bold("EXPERIENCE"),
            Tabbed("Account Executive", "2018 - 2021", bold: true), Plain("Bright Harbour Media, Senegal"),
            Bullet("Managed the clients' social media accounts"),
            Tabbed("Field Engineer", "2016 - 2018", bold: true), Plain("Kessler, Germany"),
            Bullet("Serviced the wind turbines of the northern coast"),
            Bold("EDUCATION"), Tabbed("University of Leeds", "2015 - 2019", bold: true), Plain("Bachelor of Arts in Politics")));

        Assert.Equal([("Bright Harbour Media", "Account Executive"), ("Kessler", "Field Engineer")], resume.Work.Select(w => (w.Name, w.Position)));
        Assert.Equal("Germany", resume.Work[1].Location);
    }

    [Fact]
    public void A_russian_resume_has_its_sections_and_a_job_running_to_the_present()
    {
        var resume = Read(Compose((body, _) => body.Append(
            Bold("Ирина Соколова"), Plain("irina.sokolova@example.com | +7 (900) 123-45-67"),
            Styled("Образование", "Heading1"), Tabbed("Московский государственный университет", "2012 – 2016", bold: true), Plain("Бакалавр, Прикладная математика"),
            Styled("Опыт работы", "Heading1"), Tabbed("Инженер-программист, ООО «Вектор»", "07.2018 – по настоящее время", bold: true),
            Bullet("Разработка внутренних сервисов"),
            Tabbed("Техник-программист, ООО «Вектор»", "04.2016 – 06.2018", bold: true),
            Bullet("Поддержка учётной системы"),
            Styled("Навыки", "Heading1"), Bullet("Git"), Bullet("HTML5"), Bullet("CSS3"))));

        Assert.Equal([("2018-07", (string?)null), ("2016-04", "2018-06")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal("Московский государственный университет", Assert.Single(resume.Education).Institution);
        Assert.Equal(["Git", "HTML5", "CSS3"], resume.Keywords());
    }

    [Fact]
    public void A_rule_typed_before_a_heading_in_one_paragraph_leaves_the_heading_on_a_line_of_its_own()
    {
        // Underscores across the line, then the heading in its own bold runs: Word wraps the heading under the rule.
        static W.Paragraph RuleThenHeading(string heading) => new(
            new W.Run(new W.Text(new string('_', 78) + " ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.RunProperties(new W.Bold(), new W.FontSize { Val = "28" }), new W.Text(heading)));
        var resume = Read(Docx(
            Bold("Certifications"), Plain("Wound Care Certified Nurse 2019 - present"),
            RuleThenHeading("Work Experience"),
            Tabbed("2020 - Present", "Staff Nurse, Harbour General Hospital, Leeds", bold: false),
            Tabbed("2016 - 2020", "Ward Assistant, Kestrel Care Home, York", bold: false),
            RuleThenHeading("Education"),
            Tabbed("2016", "Bachelor of Science in Nursing, Westbrook College, York", bold: false)));

        Assert.Equal(["Harbour General Hospital", "Kestrel Care Home"], resume.Work.Select(w => w.Name));
        Assert.DoesNotContain(resume.Certificates, c => c.Name?.Contains("Nurse,", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_entry_beside_its_dates_that_wraps_its_employer_and_town_at_the_tab_stop_is_one_entry()
    {
        var pdf = InesFarrowPdf(c =>
        {
            c.Draw("Profile", 72, 14, bold: true);
            c.Y += 22;
            c.Paragraph("Registered nurse with ten years on acute wards, charge duties and the teaching of students and new staff in busy hospitals.", 72, 468, 12);
            c.Y += 10;
            c.Draw("Work Experience", 72, 14, bold: true);
            c.Y += 26;
            (string Dates, string Text)[] jobs =
            [
                ("2020 - Present", "Advance Nurse Scholar, Harbour Cancer Institute, Westbrook University Hospital, Leeds, West Yorkshire"),
                ("2016 - 2020", "Resident Nurse, Acute Care Unit, Kestrel Healthcare Partnership, Bradford, West Yorkshire"),
            ];
            foreach (var (dates, text) in jobs)
            {
                c.Draw(dates, 72, 12);
                foreach (var piece in c.Wrap(text, 12, 360))
                {
                    c.Draw(piece, 180, 12);
                    c.Y += 14;
                }
                c.Y += 14;
            }
        });

        var resume = Read(pdf);

        Assert.Equal(2, resume.Work.Count);
        Assert.Equal(["Advance Nurse Scholar", "Resident Nurse, Acute Care Unit"], resume.Work.Select(w => w.Position));
        Assert.StartsWith("Westbrook University Hospital", resume.Work[0].Name);
        Assert.StartsWith("Kestrel Healthcare Partnership", resume.Work[1].Name);
    }

    [Fact]
    public void A_form_line_ending_on_a_colon_over_its_labelled_fields_names_the_post_and_the_school_label_names_the_employer()
    {
        // Word's nested list: the post at the first level, "Institución: / Período:" one level in.
        static W.Paragraph Nested(string text) => new(
            new W.ParagraphProperties(
                new W.ParagraphStyleId { Val = "ListParagraph" },
                new W.NumberingProperties(new W.NumberingLevelReference { Val = 1 }, new W.NumberingId { Val = 1 })),
            new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        var resume = Read(Docx(
            Bold("Experiencia laboral"),
            Bullet("Encargada de depósito (turno mañana):"),
            Nested("Institución: Ferretería Los Andes SRL, Rosario, Santa Fe"),
            Nested("Labor realizada: Control de stock y recepción de mercadería"),
            Nested("Período: 01/03/2020 - presente"),
            Bullet("Cajera:"),
            Nested("Institución: Supermercado El Ombú, Rosario, Santa Fe"),
            Nested("Período: 15/02/2017 - 28/02/2020"),
            Bold("Formación académica"),
            Bullet("Educación secundaria:"),
            Nested("Institución: Escuela Normal Nº3, Rosario"),
            Nested("Título: Bachiller en Ciencias Sociales"),
            Nested("Período: 2010 - 2015")));

        Assert.Equal(["Encargada de depósito (turno mañana)", "Cajera"], resume.Work.Select(w => w.Position));
        Assert.StartsWith("Ferretería Los Andes SRL", resume.Work[0].Name);
        Assert.StartsWith("Supermercado El Ombú", resume.Work[1].Name);
        Assert.StartsWith("2017-02", resume.Work[1].StartDate);
    }

    /// <summary>A one-page PDF under Ines Farrow's name and e-mail, the rest drawn by <paramref name="draw"/>.</summary>
    private static byte[] InesFarrowPdf(Action<PdfCanvas> draw)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("INES FARROW", 72, 16, bold: true);
            c.Y += 18;
            c.Draw("ines.farrow@example.com", 72, 10);
            c.Y += 30;
            draw(c);
        }
        return document.ToBytes();
    }

    private static byte[] Docx(params OpenXmlElement[] content) => Compose((body, _) =>
    {
        body.Append(Bold("INES FARROW"), Plain("ines.farrow@example.com | (+44) 7700 900123"));
        body.Append(content);
    });

    [Fact]
    public void A_page_header_and_page_number_repeated_on_every_page_are_read_once_and_not_as_items()
    {
        var resume = Read(PagesUnderOneHeader());

        Assert.Equal("ines.farrow@example.com", resume.Basics.Email);
        var job = Assert.Single(resume.Work);
        Assert.Equal(6, job.Highlights.Count);
        Assert.DoesNotContain(job.Highlights, h => h.Contains("example.com", StringComparison.Ordinal) || h.Trim() is "1" or "2");
    }

    /// <summary>A Word page header (the contact line, set lower than a running name would be) and a centred page number
    /// well above the bottom edge, over a job whose list runs from page one onto page two.</summary>
    private static byte[] PagesUnderOneHeader()
    {
        const double left = 72;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Furniture(int page)
            {
                c.Draw("(+44) 7700 900123", 105, 10, bold: true, y: 93.5);
                c.Draw("ines.farrow@example.com", 250, 10, bold: true, y: 93.5);
                c.Draw("Banjul, The Gambia", 430, 10, bold: true, y: 93.5);
                c.Draw(page.ToString(System.Globalization.CultureInfo.InvariantCulture), 303, 11, y: 731);
            }
            c.Draw("INES FARROW", 215, 14, bold: true, y: 60);
            Furniture(1);
            c.Y = 140;
            c.Draw("EXPERIENCE", left, 12, bold: true);
            c.Y += 26;
            c.Draw("Programme Officer", left, 12, bold: true);
            c.Y += 18;
            c.Draw("Coastal Water Trust, Banjul", left, 12);
            c.Y += 18;
            c.Draw("March 2021 - Present", left, 12);
            c.Y += 26;
            string[] items = ["Drafted the quarterly reports for donors", "Kept the calendar of project milestones", "Wrote the minutes of the board meetings",
                "Consolidated the reports of every project", "Represented the director at donor meetings", "Organised the launch of the climate plan"];
            for (var k = 0; k < items.Length; k++)
            {
                if (k == 3)
                {
                    c.NewPage();
                    Furniture(2);
                    c.Y = 112;
                }
                c.Draw("•", left + 18, 12);
                c.Draw(items[k], left + 36, 12);
                c.Y += 26;
            }
        }
        return document.ToBytes();
    }
}
