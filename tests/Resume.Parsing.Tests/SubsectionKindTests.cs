using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A LaTeX CV class sets subsections in a type between its sections' headings and the text, where the headings stand:
/// "Projects" so set under "Experience" opens the projects, and its entries are not jobs.
/// </summary>
public sealed class SubsectionKindTests
{
    [Fact]
    public void A_subsection_naming_another_section_opens_it_inside_the_experience()
    {
        var resume = Read(Pdf());

        Assert.Equal(["Northmoor Mapping Office"], resume.Work.Select(w => w.Name!));
        Assert.Equal(2, resume.Projects.Count);
    }

    private static byte[] Pdf()
    {
        const double dates = 60, body = 160, size = 10, right = 535;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Entry(string when, string title, string place, string text)
            {
                c.Draw(when, dates, 8);
                var x = c.Draw(title, body, size, bold: true);
                x = c.Draw(", ", x, size);
                c.Draw(place + ".", x, size, italic: true);
                c.Advance(13);
                c.Paragraph(text, body, right - body, size);
                c.Advance(8);
            }
            c.Draw("Ilse Marrow", body, 24);
            c.Advance(20);
            c.Draw("ilse.marrow@example.com", body, 9);
            c.Advance(28);
            c.Draw("Experience", body, 14.4);
            c.Advance(18);
            c.Draw("Internship", body, 12);
            c.Advance(15);
            Entry("2021 – 2022", "Survey assistant", "Northmoor Mapping Office", "Levelled benchmarks along the estuary for the new flood map.");
            c.Draw("Projects", body, 12);
            c.Advance(15);
            Entry("2022 – 2023", "Tidewatch", "Team lead", "A network of harbour sensors that reports the tide every minute.");
            Entry("2020 – 2021", "Dunecount", "Contributor", "Counted the dunes of the northern spit from aerial photographs.");
            c.Draw("Education", body, 14.4);
            c.Advance(18);
            Entry("2017 – 2021", "Bachelor of Science in Geography", "University of Tarnby", "Thesis on the silting of the estuary.");
        }
        return document.ToBytes();
    }
}
