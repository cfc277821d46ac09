using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Pages as Microsoft Word and Google Docs lay them out (the producers most people use), where an entry's lines are told
/// apart only by how they are set: employer and title in a heavier or larger style than the duty lines under them, duty
/// lines with no bullet glyph, paragraph spacing between entries, lists nested to show roles under an employer.
/// </summary>
public sealed class WordPageLayoutTests
{
    private sealed record Job(string Employer, string Town, string Title, string Dates, string[] Duties);

    private static readonly Job[] NurseJobs =
    [
        new("Riverside General Hospital", "Dayton, Ohio", "Charge Nurse, Cardiac Unit", "4/01/2019-Present",
        [
            "Coordinate care for up to 28 patients per shift",
            "Assign nurses and aides to rooms at the start of each shift",
            "Review medication records with pharmacy staff and correct discrepancies before the evening rounds begin",
            "Train new graduate nurses",
        ]),
        new("Maple Grove Care Home", "Xenia, Ohio", "Staff Nurse", "6/15/2015-3/31/2019",
        [
            "Administered medication to 40 residents",
            "Kept care plans up to date",
            "Met with families to plan discharges",
        ]),
        new("Maple Grove Care Home", "Xenia, Ohio", "Nursing Assistant", "9/01/2012-6/14/2015",
        [
            "Helped residents with daily living",
            "Recorded vital signs",
        ]),
    ];

    [Fact]
    public void Duty_lines_without_bullets_set_smaller_than_the_entry_lines_are_highlights_not_entries()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw("Maria T. Okafor", 72, 10);
            c.DrawRight("118 Linden Ave.", 540, 10);
            c.Advance(11);
            c.Draw("(937) 555-0148", 72, 9);
            c.DrawRight("Dayton, Ohio 45402", 540, 9);
            c.Advance(11);
            c.Draw("maria.okafor@example.com", 72, 9);
            c.Advance(30);
            c.Draw("WORK EXPERIENCE", 72, 10, bold: true);
            c.Advance(30);
            foreach (var job in NurseJobs)
            {
                c.Draw(job.Employer, 86, 12);
                c.DrawRight(job.Dates, 470, 12);
                c.Advance(13.5);
                c.Draw(job.Town, 86, 10, bold: true);
                c.Advance(11.5);
                c.Draw(job.Title, 86, 10, bold: true);
                c.Advance(11.5);
                foreach (var duty in job.Duties)
                {
                    c.Paragraph(duty, 86, 300, 9, leading: 10.4);
                }
                c.Advance(40);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(NurseJobs.Select(j => (j.Employer, j.Title)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(["2019-04", "2015-06", "2012-09"], resume.Work.Select(w => w.StartDate));
        Assert.Equal(NurseJobs.Select(j => j.Duties), resume.Work.Select(w => w.Highlights));
    }

    [Fact]
    public void A_plain_title_line_under_a_bold_employer_line_stays_the_title_above_plain_duty_lines()
    {
        (string Employer, string Dates, string Title, string[] Duties)[] jobs =
        [
            ("Hollis Creek Elementary School", "Aug 2020 – Present", "Fourth Grade Teacher",
                ["Plan daily lessons in reading and mathematics for 26 pupils", "Lead parent conferences twice a year", "Run the after-school chess club"]),
            ("Westbrook Learning Center", "Sep 2017 – Jun 2020", "Reading Tutor",
                ["Tutored small groups of struggling readers", "Tracked progress with weekly assessments"]),
        ];
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw("Daniel Reyes-Whitford", 60, 16, bold: true);
            c.Advance(16);
            c.Draw("daniel.rw@example.com | (555) 014-2231 | Tulsa, OK", 60, 10);
            c.Advance(28);
            c.Draw("Experience", 60, 11, bold: true);
            c.Advance(18);
            foreach (var (employer, dates, title, duties) in jobs)
            {
                c.Draw(employer, 60, 11, bold: true);
                c.DrawRight(dates, 552, 11, bold: true);
                c.Advance(13);
                c.Draw(title, 60, 10.5);
                c.Advance(12.5);
                foreach (var duty in duties)
                {
                    c.Draw(duty, 60, 10.5);
                    c.Advance(12.5);
                }
                c.Advance(10);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(jobs.Select(j => (j.Employer, j.Title)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(jobs.Select(j => j.Duties), resume.Work.Select(w => w.Highlights));
    }

    [Fact]
    public void A_year_inside_a_paragraph_set_smaller_than_the_job_lines_opens_no_job()
    {
        (string Line, string[] Paragraph)[] jobs =
        [
            ("Harbor Point Credit Union, Staff Accountant | 2019-2024",
            [
                "Closed the books each month for a credit union with 40,000 members and",
                "reconciled the general ledger against the core banking system.",
                "Moved the finance team onto a new reporting tool well ahead of the",
                "external audits of 2021 and 2023, which both closed without findings.",
            ]),
            ("Dunmore & Pratt LLP, Audit Associate | 2016-2019",
            [
                "Audited small manufacturers and non-profits across three counties and",
                "prepared working papers for the partners to review.",
            ]),
        ];
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw("Priya Nandakumar", 50, 30, bold: true);
            c.Advance(20);
            c.Draw("priya.nandakumar@example.com", 50, 9);
            c.Advance(40);
            c.Draw("EXPERIENCE", 50, 9, bold: true);
            c.Advance(26);
            foreach (var (line, paragraph) in jobs)
            {
                c.Draw(line, 50, 11);
                c.Advance(19);
                foreach (var text in paragraph)
                {
                    c.Draw(text, 50, 10);
                    c.Advance(15.7);
                }
                c.Advance(16);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal([("Harbor Point Credit Union", "Staff Accountant"), ("Dunmore & Pratt LLP", "Audit Associate")],
            resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal([("2019", "2024"), ("2016", "2019")], resume.Work.Select(w => (w.StartDate!, w.EndDate!)));
    }

    [Fact]
    public void A_word_of_an_entry_line_that_starts_where_the_list_text_is_indented_does_not_cut_the_line()
    {
        (string Title, string Employer, string Dates, string[] Duties)[] jobs =
        [
            ("Store Manager", "Fairview Outfitters", "Mar 2021 – Present",
                ["Run a team of 14 sales associates", "Raised monthly sales by 12% in one year", "Plan rotas and seasonal stock",
                    "Open and close the store five days a week"]),
            ("Sales Associate", "Kettle & Crumb Bakery", "Jun 2018 – Feb 2021",
                ["Served up to 300 customers a day", "Trained six new starters on the till", "Counted the tills at closing"]),
        ];
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            const double margin = 40.5;
            // The list's text is indented as far as the second word of the first entry line happens to start.
            var indent = margin + c.Width("Store ", 10, bold: true);
            c.Draw("Rosa Delgado-Finch", 240, 18, bold: true);
            c.Advance(20);
            c.Draw("(646) 555-0192 | rosa.df@example.com | Albany, NY", 180, 10);
            c.Advance(28);
            c.Draw("SUMMARY", margin, 11.5);
            c.Advance(14);
            c.Paragraph("Retail manager with seven years on the shop floor, from the till to running a store of fourteen people. "
                + "Known for calm rotas, tidy stockrooms and sales that grow year on year in every season.", margin, 500, 10, leading: 12);
            c.Advance(14);
            c.Draw("PROFESSIONAL EXPERIENCE", margin, 11.5);
            c.Advance(14);
            foreach (var (title, employer, dates, duties) in jobs)
            {
                c.Draw($"{title} | {employer}", margin, 10, bold: true);
                c.DrawRight(dates, 576, 10, bold: true);
                c.Advance(12);
                foreach (var duty in duties)
                {
                    c.Draw("•", indent - 12, 10);
                    c.Draw(duty, indent, 10);
                    c.Advance(12);
                }
                c.Advance(12);
            }
            c.Draw("SKILLS", margin, 11.5);
            c.Advance(14);
            foreach (var line in new[] { "Visual merchandising, stock control", "Rota planning, cash handling", "Staff training, customer service" })
            {
                c.Draw(line, margin, 10);
                c.Advance(12);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(jobs.Select(j => (j.Employer, j.Title)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(jobs.Select(j => j.Duties), resume.Work.Select(w => w.Highlights));
    }

    [Fact]
    public void Roles_as_first_level_items_of_a_multilevel_list_under_their_employer_are_jobs_of_their_own()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 70))
        {
            c.Draw("Helen J. Abernathy, CPA", 72, 14, bold: true);
            c.Advance(16);
            c.Draw("Email: helen.abernathy@example.com", 72, 12);
            c.Advance(28);
            c.Draw("Professional Experience", 72, 14, bold: true);
            c.Advance(16);
            Line(72, "Carroway State University (2016—2023)");
            Item(1, "Senior Lecturer in Accounting");
            Item(2, "Teach financial accounting to 200 students a year");
            Item(2, "Supervise final-year dissertations");
            Item(1, "Director—Student Tax Clinic");
            Item(2, "Run free tax returns for 150 local families");
            Item(3, "Recruit and train student volunteers");
            Line(72, "Whitlow & Barnes LLP, Columbus, OH (2011—2016)");
            Item(1, "Senior Auditor (2013—2016)");
            Item(2, "Led audits of regional banks");
            Item(1, "Audit Assistant (2011—2013)");
            Line(72, "Bookkeeper, Columbus, OH (2009—2011)");
            Item(1, "Payroll and accounts payable");

            void Line(double x, string text)
            {
                c.Advance(12);
                c.Draw(text, x, 12);
                c.Advance(14);
            }

            void Item(int level, string text)
            {
                var x = 72 + 36 * level;
                c.Draw("•", x - 18, 12);
                c.Draw(text, x, 12);
                c.Advance(14);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(
            [
                ("Carroway State University", "Senior Lecturer in Accounting", "2016", "2023"),
                ("Carroway State University", "Director—Student Tax Clinic", "2016", "2023"),
                ("Whitlow & Barnes LLP", "Senior Auditor", "2013", "2016"),
                ("Whitlow & Barnes LLP", "Audit Assistant", "2011", "2013"),
            ],
            resume.Work.Take(4).Select(w => (w.Name!, w.Position!, w.StartDate!, w.EndDate!)));
        Assert.Equal(["Teach financial accounting to 200 students a year", "Supervise final-year dissertations"], resume.Work[0].Highlights);
        Assert.Equal(["Payroll and accounts payable"], resume.Work[^1].Highlights);
    }
}
