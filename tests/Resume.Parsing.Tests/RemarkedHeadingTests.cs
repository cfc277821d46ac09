using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A section's name followed by a remark in brackets, set like the other headings.</summary>
public sealed class RemarkedHeadingTests
{
    [Fact]
    public void A_long_remark_in_brackets_after_Experience_keeps_it_the_heading_of_the_jobs_below()
    {
        var resume = Read(RemarkedExperience());

        Assert.Equal(
            [("Hospital Pharmacist", "St Brennan's Hospital", "2019-03"), ("Community Pharmacist", "Larkfield Pharmacy", "2016-07")],
            resume.Work.Select(w => (w.Position!, w.Name!, w.StartDate!)));
        Assert.Equal(["University of Bath"], resume.Education.Select(e => e.Institution!));
        Assert.DoesNotContain(resume.Projects, p => p.Name?.Contains("Pharmacist", StringComparison.Ordinal) == true);
    }

    /// <summary>Capital headings a size above the text; the experience heading carries a remark longer than any heading.</summary>
    private static byte[] RemarkedExperience()
    {
        const double left = 60, text = 10, heading = 13;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Niamh Delacroix", left, 18, bold: true);
            c.Advance(20);
            c.Draw("niamh.delacroix@example.com | +44 7700 900123", left, text);
            c.Advance(30);
            c.Draw("PROJECTS", left, heading);
            c.Advance(18);
            c.Draw("Medicines reconciliation audit across three surgical wards", left, text);
            c.Advance(28);
            c.Draw("EXPERIENCE (eight years of hospital and community pharmacy, audit and teaching)", left, heading);
            c.Advance(18);
            void Job(string header, string dates, string bullet)
            {
                c.Draw(header, left, text, bold: true);
                c.Advance(13);
                c.Draw(dates, left, text);
                c.Advance(13);
                c.Draw("•", left + 10, text);
                c.Draw(bullet, left + 22, text);
                c.Advance(20);
            }
            Job("St Brennan's Hospital | Hospital Pharmacist", "Mar 2019 – Present | Bristol, UK",
                "Ran the weekly antimicrobial stewardship round with two consultants");
            Job("Larkfield Pharmacy | Community Pharmacist", "Jul 2016 – Feb 2019 | Bath, UK",
                "Set up a repeat prescription service used by 600 patients");
            c.Draw("EDUCATION", left, heading);
            c.Advance(18);
            c.Draw("University of Bath", left, text, bold: true);
            c.Advance(13);
            c.Draw("MPharm Pharmacy, 2012 – 2016", left, text);
            c.Advance(13);
        }
        return document.ToBytes();
    }
}
