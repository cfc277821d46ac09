using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Headings known by how they are set rather than by their name alone.</summary>
public sealed class TypesetHeadingTests
{
    [Fact]
    public void A_bare_Teaching_heading_set_as_the_other_headings_opens_experience_while_a_Teaching_skill_label_stays_a_skill_group()
    {
        var resume = Read(AcademicCv());

        Assert.Equal(
            [("Graduate Research Assistant", "University of Leeds", "2021-09"), ("Teaching Assistant", "University of Leeds", "2022-09")],
            resume.Work.Select(w => (w.Position!, w.Name!, w.StartDate!)));
        Assert.Contains(resume.Skills, s => s.Name == "Teaching" && s.Keywords.Contains("Lesson planning"));
    }

    [Fact]
    public void Entry_titles_set_exactly_like_the_section_headings_stay_entries_of_the_section_above_them()
    {
        var resume = Read(HeadingStyledEntries());

        Assert.Equal(
            [("Science Teacher", "Northfield High School", "2019-09"), ("Teaching Assistant", "Ridgeway Primary School", "2018-01")],
            resume.Work.Select(w => (w.Position!, w.Name!, w.StartDate!)));
        Assert.Equal(["University of Exeter", "University of Leeds"], resume.Education.Select(e => e.Institution!));
        Assert.Contains("First aid at work", resume.Certificates.Select(c => c.Name));
    }

    /// <summary>A word processor's print of headings two levels deep that share one look: section names and the job and
    /// degree titles under them are all bold at the size of the text, each title above an "Employer (dates)" line.</summary>
    private static byte[] HeadingStyledEntries()
    {
        const double left = 72, text = 12;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Hannah Okafor", left, 16, bold: true);
            c.Advance(28);
            void Bold(string line, double after = 22)
            {
                c.Draw(line, left, text, bold: true);
                c.Advance(after);
            }
            void Entry(string title, string where, params string[] bullets)
            {
                Bold(title);
                c.Draw(where, left, text);
                c.Advance(15);
                foreach (var bullet in bullets)
                {
                    c.Draw("•", left, text);
                    c.Draw(bullet, left + 14, text);
                    c.Advance(15);
                }
                c.Advance(10);
            }
            Bold("Profile");
            c.Draw("Secondary science teacher who plans practical lessons and runs the school garden club.", left, text);
            c.Advance(30);
            Bold("Professional Experience");
            Entry("Science Teacher", "Northfield High School (Sep 2019 – Jul 2024)",
                "Taught biology and chemistry to classes of thirty in years 7 to 11",
                "Led the move to weekly low-stakes quizzes across the department");
            Entry("Teaching Assistant", "Ridgeway Primary School (Jan 2018 – Jun 2019)",
                "Supported pupils with additional needs in reading and number work");
            Bold("Education");
            Entry("PGCE in Secondary Science", "University of Exeter (Sep 2018 – Jul 2019)");
            Entry("BSc in Biology", "University of Leeds (Sep 2015 – Jun 2018)");
            Bold("Certifications");
            c.Draw("•", left, text);
            c.Draw("First aid at work", left + 14, text);
            c.Advance(15);
        }
        return document.ToBytes();
    }

    /// <summary>An academic CV: headings a size above the text, an appointment per line of "dates ‖ Title, University",
    /// a skills section whose groups are labelled in bold at the text's size.</summary>
    private static byte[] AcademicCv()
    {
        const double left = 60, text = 10, heading = 12.5;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Marta Kowalczyk", 220, 16, bold: true);
            c.Advance(18);
            c.Draw("Leeds, England · marta.kowalczyk@example.com", 170, text);
            c.Advance(30);
            void Heading(string name)
            {
                c.Draw(name, left, heading, bold: true);
                c.Advance(20);
            }
            void Appointment(string dates, string role, params string[] bullets)
            {
                c.Draw(dates, left + 12, text);
                c.Draw(role, left + 110, text);
                c.Advance(14);
                foreach (var bullet in bullets)
                {
                    c.Draw("•", left + 110, text);
                    c.Draw(bullet, left + 120, text);
                    c.Advance(13);
                }
                c.Advance(6);
            }
            Heading("Education");
            c.Draw("2026", left + 12, text);
            c.Draw("Doctor of Philosophy, Public Health, University of Leeds", left + 110, text);
            c.Advance(26);
            Heading("Research Experience");
            Appointment("Sep 2021 – Present", "Graduate Research Assistant, University of Leeds",
                "Designed and ran four field seasons of sampling across 40 sites");
            Heading("Teaching");
            Appointment("Sep 2022 – May 2024", "Teaching Assistant, University of Leeds",
                "Led three weekly discussion sections of 25 students", "Wrote new laboratory handouts adopted by the course");
            Heading("Skills");
            c.Draw("Teaching", left + 12, text, bold: true);
            c.Draw("Lesson planning, Curriculum design, Assessment", left + 110, text);
            c.Advance(14);
            c.Draw("Methods", left + 12, text, bold: true);
            c.Draw("Survey design, Meta-analysis, Field sampling", left + 110, text);
            c.Advance(14);
        }
        return document.ToBytes();
    }
}
