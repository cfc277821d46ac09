using PdfSharp.Pdf;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A section's name set like the headings but not in their capitals, among bold lines that are not headings
/// (invented people).</summary>
public sealed class UncappedHeadingTests
{
    [Fact]
    public void A_section_name_set_off_like_the_headings_opens_its_section_though_not_in_their_capitals()
    {
        var resume = Read(Page(secondHeading: "Skills", under: "EDUCATION"));

        var keywords = resume.Skills.SelectMany(s => s.Keywords).ToList();
        Assert.Contains("SQL", keywords);
        Assert.Contains("Tableau", keywords);
        Assert.Equal("Westbrook State University", Assert.Single(resume.Education).Institution);
        Assert.Equal("Harlan Freight", Assert.Single(resume.Work).Name);
    }

    [Fact]
    public void The_same_name_of_a_part_of_the_section_it_stands_in_stays_a_group_of_that_section()
    {
        var resume = Read(Page(secondHeading: "Tools", under: "SKILLS"));

        // "Tools" under "SKILLS" names a group of skills, not a section of its own after an empty one.
        Assert.Contains(resume.Skills, s => s.Name == "Tools" && s.Keywords.Contains("Tableau"));
    }

    private static byte[] Page(string secondHeading, string under)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Dana Whitcombe", 220, 24, bold: true);
            c.Advance(24);
            c.Draw("Tulsa, OK • 918-555-0143 • dana.whitcombe@example.com", 150, 10, bold: true);
            c.Advance(34);
            c.Draw(under, 60, 10, bold: true);
            c.Advance(30);
            if (under == "EDUCATION")
            {
                c.Draw("Westbrook State University", 60, 10, bold: true);
                c.DrawRight("Expected May 2026", 535, 10, bold: true);
                c.Advance(14);
                c.Draw("Major: Information Systems", 60, 10, bold: true);
                c.Advance(28);
                c.Draw("Coursework:", 60, 10, bold: true);
                c.Advance(14);
                foreach (var course in new[] { "Business Programming", "Databases", "Statistics" })
                {
                    c.Draw(course, 62, 10, bold: true);
                    c.Advance(14);
                }
            }
            else
            {
                c.Paragraph("Python", 90, 400, 10, bullet: "•");
                c.Paragraph("SQL", 90, 400, 10, bullet: "•");
            }
            c.Advance(18);
            c.Draw(secondHeading, 60, 10, bold: true);
            c.Advance(26);
            foreach (var skill in new[] { "SQL", "Tableau", "Microsoft Excel" })
            {
                c.Paragraph(skill, 90, 400, 10, bullet: "•");
            }
            c.Advance(18);
            c.Draw("EXPERIENCE", 60, 10, bold: true);
            c.Advance(30);
            c.Draw("Harlan Freight", 60, 10, bold: true);
            c.DrawRight("June 2024 – August 2024", 535, 10, bold: true);
            c.Advance(14);
            c.Draw("Logistics Intern", 60, 10);
            c.Advance(14);
            c.Paragraph("Built a weekly report of late shipments for the dispatch team.", 90, 440, 10, bullet: "•");
        }
        return document.ToBytes();
    }
}
