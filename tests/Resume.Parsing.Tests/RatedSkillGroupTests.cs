using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A builder's skill groups: a bold label, its level on a small line of its own, then the group's items.</summary>
public sealed class RatedSkillGroupTests
{
    [Fact]
    public void A_level_under_a_bold_group_label_rates_the_group_and_the_label_names_it()
    {
        var resume = Read(Page());

        Assert.Equal([("Frameworks", new[] { "Svelte", "Vue.js", "Redux" }), ("Tooling", new[] { "Storybook", "Webpack" })],
            resume.Skills.Select(s => (s.Name!, s.Keywords.ToArray())));
    }

    private static byte[] Page()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            const double X = 60;
            c.Draw("Ananya Jansen", X, 20, bold: true, y: 50);
            c.Draw("ananya.jansen@example.nl  |  +31 6 1234 5678", X, 9.5, y: 80);
            c.Draw("Experience", X, 11, bold: true, y: 110);
            c.Draw("Frontend Engineer, Tulip Labs, 2019 – 2024", X, 9.5, y: 128);
            c.Draw("Built the design system used by nine product teams across the company", X, 9.5, y: 142);
            c.Draw("Skills", X, 11, bold: true, y: 175);
            c.Draw("Frameworks", X, 9, bold: true, y: 193);
            c.Draw("Intermediate", X, 8, y: 205);
            c.Draw("Svelte, Vue.js, Redux", X, 8.5, y: 216);
            c.Draw("Tooling", X, 9, bold: true, y: 232);
            c.Draw("Beginner", X, 8, y: 244);
            c.Draw("Storybook, Webpack", X, 8.5, y: 255);
        }
        return document.ToBytes();
    }
}
