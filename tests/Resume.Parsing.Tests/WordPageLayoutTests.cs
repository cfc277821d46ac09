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
        using var stream = new MemoryStream();
        document.Save(stream);

        var resume = Read(stream.ToArray());

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
        using var stream = new MemoryStream();
        document.Save(stream);

        var resume = Read(stream.ToArray());

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
        using var stream = new MemoryStream();
        document.Save(stream);

        var resume = Read(stream.ToArray());

        Assert.Equal([("Harbor Point Credit Union", "Staff Accountant"), ("Dunmore & Pratt LLP", "Audit Associate")],
            resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal([("2019", "2024"), ("2016", "2019")], resume.Work.Select(w => (w.StartDate!, w.EndDate!)));
    }
}
