using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Which large type in a designed header is the name: a first name written again in a script face under the photo is a
/// signature, and a title set almost as large as the name, below the contact lines, is no second line of the name.
/// </summary>
public sealed class HeaderNameTests
{
    [Fact]
    public void A_one_word_signature_set_larger_under_the_name_is_not_the_name()
    {
        var resume = Read(Header(name: ("Greta Sandoval", 26), signature: ("Greta", 28), title: null));

        Assert.Equal("Greta Sandoval", resume.Basics.Name);
    }

    [Fact]
    public void A_title_as_large_as_the_name_below_the_contact_lines_does_not_continue_the_name()
    {
        var resume = Read(Header(name: ("Greta Sandoval", 18), signature: null, title: ("Garden Design &|Green Spaces Consulting", 17.8)));

        Assert.Equal("Greta Sandoval", resume.Basics.Name);
    }

    /// <summary>The name at the top right, contact lines under it, then (optionally) a title in large type ('|' parts its
    /// lines); a sidebar
    /// at the left opens with the signature, then skills; the main column holds one job.</summary>
    private static byte[] Header((string Text, double Size) name, (string Text, double Size)? signature, (string Text, double Size)? title)
    {
        const double side = 30, main = 220;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(name.Text, main, name.Size, bold: true);
            c.Advance(name.Size + 8);
            c.Draw("Lyon | 06 12 34 56 78 | greta.sandoval@example.com", main, 10);
            c.Advance(16);
            c.Draw("Portfolio : www.gretasandoval.example", main, 10);
            c.Advance(24);
            if (title is { } t)
            {
                foreach (var line in t.Text.Split('|'))
                {
                    c.Draw(line, main + 20, t.Size);
                    c.Advance(t.Size + 6);
                }
                c.Advance(14);
            }
            var top = c.Y;
            if (signature is { } s)
            {
                c.Draw(s.Text, side + 20, s.Size);
                c.Advance(s.Size + 16);
            }
            c.Draw("SKILLS", side, 12, bold: true);
            c.Advance(18);
            foreach (var skill in new[] { "Planting design", "Irrigation", "Pruning", "Soil analysis", "Team leading" })
            {
                c.Draw(skill, side, 10);
                c.Advance(14);
            }
            c.Y = top;
            c.Draw("EXPERIENCE", main, 12, bold: true);
            c.Advance(18);
            c.Draw("Head Gardener | Parc des Tilleuls (2019 - 2024)", main, 10);
            c.Advance(14);
            c.Draw("• Planned seasonal planting for twelve hectares of public gardens.", main, 10);
            c.Advance(14);
            c.Draw("• Led a team of six gardeners and two apprentices.", main, 10);
            c.Advance(24);
            c.Draw("EDUCATION", main, 12, bold: true);
            c.Advance(18);
            c.Draw("Lycée horticole de Lyon, BTS Aménagements paysagers (2015 - 2017)", main, 10);
        }
        return document.ToBytes();
    }
}
