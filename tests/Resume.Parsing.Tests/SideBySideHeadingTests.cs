using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Designed pages (Canva and the like) set a section's heading where plain documents would not: two headings of one kind
/// side by side over two lists, and a column of capital labels where one label names its section in words the lexicon
/// only half knows.
/// </summary>
public sealed class SideBySideHeadingTests
{
    [Fact]
    public void Two_skill_headings_side_by_side_open_one_skills_section_holding_both_lists()
    {
        var resume = Read(PairedHeadings());

        var keywords = resume.Keywords().ToList();
        Assert.Contains("Kotlin", keywords);
        Assert.Contains("Patience", keywords);
        Assert.Contains("Negotiation", keywords);
        Assert.DoesNotContain(resume.Work, w => (w.Name + w.Position + string.Join(' ', w.Highlights)).Contains("Kotlin", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_label_that_half_names_skills_in_a_column_of_capital_labels_opens_the_skills_section()
    {
        var resume = Read(LabelColumn());

        var keywords = resume.Keywords().ToList();
        Assert.Contains("Lightroom", keywords);
        Assert.Contains("Active listening", keywords);
        Assert.DoesNotContain(resume.Languages, l => (l.Name ?? "").Contains("Lightroom", StringComparison.Ordinal));
    }

    /// <summary>A dark sidebar of contact and education at the left, work and then the two skill lists side by side in
    /// the main column at the right.</summary>
    private static byte[] PairedHeadings()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            const double Side = 44, Main = 313;
            c.Draw("ODILE MARCHETTI", Main, 20, bold: true, y: 40);
            c.Draw("MOBILE DEVELOPER", Main, 11, bold: true, y: 69);
            c.Draw("CONTACT", Side, 16, bold: true, y: 300);
            c.Draw("Tarbes, France", Side + 33, 9.5, y: 350);
            c.Draw("odile.marchetti@example.com", Side + 33, 9.5, y: 382);
            c.Draw("EDUCATION", Side, 16, bold: true, y: 512);
            c.Draw("Sep, 2015 - Jun, 2019", Side, 8.5, bold: true, y: 553);
            c.Draw("MOBILE COMPUTING", Side, 10.8, bold: true, y: 567);
            c.Draw("Harwick Polytechnic", Side, 8.5, y: 580);
            c.Draw("WORK EXPERIENCE", Main, 16, bold: true, y: 239);
            c.Draw("2019 - 2023", Main, 9, bold: true, y: 273);
            c.Draw("MOBILE DEVELOPER AT LANTERN FREIGHT", Main, 9.5, bold: true, y: 287);
            c.Draw("Built the drivers' route app and kept its", Main, 9, y: 305);
            c.Draw("releases on a two week cycle for the fleet.", Main, 9, y: 321);
            c.Draw("Technical Skills", Main + 13, 13, y: 683);
            c.Draw("Soft Skills", Main + 120, 13, y: 683);
            var left = new[] { "Kotlin, Swift", "Firebase", "Git - GitLab", "Figma" };
            var right = new[] { "Patience", "Negotiation", "Teamwork" };
            for (var i = 0; i < left.Length; i++)
            {
                c.Draw(left[i], Main + 9, 8.6, y: 711 + i * 13);
            }
            for (var i = 0; i < right.Length; i++)
            {
                c.Draw(right[i], Main + 122, 8.6, y: 717 + i * 13);
            }
        }
        return Save(document);
    }

    /// <summary>Capital labels at the left margin, each beside the first line of its section.</summary>
    private static byte[] LabelColumn()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            const double Label = 43, Body = 140;
            c.Draw("Ines Laborde Vidal", Label, 20, bold: true, y: 40);
            c.Draw("Portrait Photographer", 400, 12, y: 44);
            c.Draw("CONTACT", Label, 8.5, bold: true, y: 95);
            c.Draw("Email: ines.laborde@example.org", Body, 8.5, y: 95);
            c.Draw("Phone: +33 6 12 34 56 78", Body, 8.5, y: 109);
            c.Draw("PROFILE", Label, 8.5, bold: true, y: 150);
            c.Draw("Photographer and retoucher who prepares studio sets, lights portraits and delivers the", Body, 8.5, y: 150);
            c.Draw("client proofs on time, with a calm eye for skin tones and the patience long sessions ask for.", Body, 8.5, y: 164);
            c.Draw("EXPERIENCE", Label, 8.5, bold: true, y: 210);
            c.Draw("Photo Studio Assistant", Body, 8.5, bold: true, y: 210);
            c.Draw("Atelier Brume (03/2021 - 06/2023)", Body, 8.5, y: 224);
            c.Draw("Prepared the sets and lights for portrait sessions and retouched the client proofs.", Body + 17, 8.5, y: 242);
            c.Draw("Kept the studio's camera bodies, lenses and flashes clean and charged for each day.", Body + 17, 8.5, y: 256);
            c.Draw("EDUCATION", Label, 8.5, bold: true, y: 300);
            c.Draw("Bachelor of Photography | 2017 - 2021", Body, 8.5, bold: true, y: 300);
            c.Draw("Escola Lumen", Body, 8.5, y: 314);
            c.Draw("LANGUAGES", Label, 8.5, bold: true, y: 360);
            c.Draw("French (Native)", Body, 8.5, y: 360);
            c.Draw("Spanish (Fluent)", Body, 8.5, y: 374);
            c.Draw("TOOLS &", Label, 8.5, bold: true, y: 420);
            c.Draw("SOFT SKILLS", Label, 8.5, bold: true, y: 432);
            c.Draw("Lightroom, Capture One", Body + 17, 8.5, y: 420);
            c.Draw("Active listening", 330, 8.5, y: 420);
            c.Draw("Studio lighting", Body + 17, 8.5, y: 434);
            c.Draw("Punctuality", 330, 8.5, y: 434);
            c.Draw("Color grading", Body + 17, 8.5, y: 448);
            c.Draw("Calm under pressure", 330, 8.5, y: 448);
        }
        return Save(document);
    }

    private static byte[] Save(PdfDocument document)
    {
        return document.ToBytes();
    }
}
