using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A LaTeX author who leaves a paragraph unended before the next heading gets the heading on the paragraph's last line,
/// in the heading's own larger bold type ("Tools Git, Docker" then "Experience" on one baseline). The section it names
/// still starts there.
/// </summary>
public sealed class TrailingHeadingTests
{
    [Fact]
    public void A_heading_run_on_at_the_end_of_a_skills_line_still_opens_its_section()
    {
        var resume = Read(Page(trailingHeading: true));

        Assert.Equal(
            [("Site Reliability Engineer", "Larkspur Freight"), ("Systems Administrator", "Quillon Health")],
            resume.Work.Select(w => (w.Position!, w.Name!)));
        Assert.DoesNotContain(resume.Keywords(), k => k.Contains("Experience", StringComparison.Ordinal) || k.Contains("Larkspur", StringComparison.Ordinal));
        Assert.Contains(resume.Keywords(), k => k.Contains("Docker", StringComparison.Ordinal));
        Assert.Equal(["University of Bristol"], resume.Education.Select(e => e.Institution!));
    }

    [Fact]
    public void A_known_section_name_in_body_type_at_the_end_of_a_line_stays_text()
    {
        var resume = Read(Page(trailingHeading: false));

        Assert.Empty(resume.Work);
        Assert.Contains(resume.Keywords(), k => k.Contains("Docker", StringComparison.Ordinal));
    }

    /// <summary>A one-column page: headings 12 pt bold over 9.5 pt text. With <paramref name="trailingHeading"/> the
    /// experience heading follows the skills' last line on its baseline; without it the line ends in the same words in
    /// body type and no experience follows.</summary>
    private static byte[] Page(bool trailingHeading)
    {
        const double left = 54, text = 9.5, heading = 12;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Odile Marchetti", left, 17, bold: true);
            c.Advance(16);
            c.Draw("odile.marchetti@example.com · +44 7700 900182 · Bristol, UK", left, text);
            c.Advance(26);
            c.Draw("Skills", left, heading, bold: true);
            c.Advance(17);
            c.Draw("Languages Python, Go, Bash", left, text);
            c.Advance(13);
            var end = c.Draw("Tools Terraform, Docker, Kubernetes ", left, text);
            if (!trailingHeading)
            {
                c.Draw("Professional Experience", end, text);
            }
            else
            {
                c.Draw("Professional Experience", end, heading, bold: true);
                Sections(c);
            }
        }
        return document.ToBytes();
    }

    private static void Sections(PdfCanvas c)
    {
        const double left = 54, text = 9.5, heading = 12, right = 540;
        c.Advance(20);
        void Entry(string title, string dates, params string[] bullets)
        {
            c.Draw(title, left, text);
            c.DrawRight(dates, right, text);
            c.Advance(14);
            foreach (var bullet in bullets)
            {
                c.Draw("•", left + 4, text);
                c.Draw(bullet, left + 14, text);
                c.Advance(13);
            }
            c.Advance(5);
        }
        Entry("Site Reliability Engineer — Larkspur Freight, Bristol", "Mar 2021 – Present",
            "Cut the monthly cloud bill by a third by right-sizing clusters",
            "Wrote the on-call runbooks the team still uses");
        Entry("Systems Administrator — Quillon Health", "Jun 2017 – Feb 2021",
            "Moved 40 servers to configuration management");
        c.Advance(6);
        c.Draw("Education", left, heading, bold: true);
        c.Advance(18);
        c.Draw("University of Bristol — BSc, Computer Science", left, text);
        c.DrawRight("Sep 2013 – Jun 2017", right, text);
        c.Advance(14);
    }
}
