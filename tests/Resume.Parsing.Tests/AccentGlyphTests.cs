using System.Globalization;
using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// pdfLaTeX with its default (OT1) fonts has no accented letters: it draws the spacing accent ("´", "˜", "¸") and kerns
/// it over the letter, so the page holds two glyphs where a reader sees one letter. An accent drawn over the letter
/// next to it in the drawing is that letter's mark, composed into one letter; an accent set beside text stays itself.
/// </summary>
public sealed class AccentGlyphTests
{
    [Fact]
    public void Accents_drawn_over_letters_compose_with_them()
    {
        var resume = Read(Typeset(c =>
        {
            Line(c, "Joana Simões", 20, bold: true);
            Line(c, "joana.simoes@example.com  ·  Évora, Portugal", 9);
            c.Advance(10);
            Line(c, "EXPERIÊNCIA PROFISSIONAL", 11, bold: true);
            Line(c, "Técnica de Manutenção, Fundição Açores", 10, bold: true);
            Line(c, "03/2019 – 11/2023", 9);
            Line(c, "• Reduzi as paragens não planeadas da linha de fundição em um terço.", 10);
            Line(c, "Operadora de Máquinas, Cerâmica Ribeiro", 10, bold: true);
            Line(c, "01/2016 – 02/2019", 9);
            Line(c, "• Formei três colegas na afinação dos fornos ~ 1200 °C.", 10);
            c.Advance(10);
            Line(c, "FORMAÇÃO", 11, bold: true);
            Line(c, "Licenciatura em Engenharia Mecânica, Universidade de Évora", 10, bold: true);
            Line(c, "2012 – 2015", 9);
        }));

        Assert.Equal("Joana Simões", resume.Basics.Name);
        Assert.Equal(
            [("Fundição Açores", "Técnica de Manutenção"), ("Cerâmica Ribeiro", "Operadora de Máquinas")],
            resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Contains("não planeadas", resume.Work[0].Highlights[0]);
        Assert.Contains("fornos ~ 1200", resume.Work[1].Highlights[0]);
        Assert.Equal("Universidade de Évora", Assert.Single(resume.Education).Institution);
    }

    [Fact]
    public void A_dotless_i_under_an_acute_is_an_accented_i()
    {
        var resume = Read(Typeset(c =>
        {
            Line(c, "Lucía Martín", 20, bold: true, dotless: true);
            Line(c, "lucia.martin@example.com", 9);
            c.Advance(10);
            Line(c, "EXPERIENCIA", 11, bold: true);
            Line(c, "Física de Partículas, Instituto Ibérico", 10, bold: true, dotless: true);
            Line(c, "2018 – 2022", 9);
            Line(c, "• Calibré los detectores del laboratorio.", 10);
        }));

        Assert.Equal("Lucía Martín", resume.Basics.Name);
        Assert.Equal("Instituto Ibérico", Assert.Single(resume.Work).Name);
    }

    private static byte[] Typeset(Action<PdfCanvas> write)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            write(c);
        }
        return document.ToBytes();
    }

    /// <summary>Sets a line the way TeX does without accented glyphs: each accented letter as its base letter and the
    /// spacing accent centred over it (drawn first; a cedilla drawn after, under it), raised over a capital; with
    /// <paramref name="dotless"/>, an accented i on a dotless i.</summary>
    private static void Line(PdfCanvas c, string text, double size, bool bold = false, bool dotless = false)
    {
        var x = 60.0;
        foreach (var element in Elements(text))
        {
            if (!Accented.TryGetValue(element, out var parts))
            {
                x = c.Draw(element, x, size, bold);
                continue;
            }
            var (letter, accent) = parts;
            letter = letter == "i" && dotless ? "\u0131" : letter;
            var width = c.Width(letter, size, bold);
            var ax = x + (width - c.Width(accent, size, bold)) / 2;
            var rise = char.IsUpper(letter[0]) ? size * 0.25 : 0;
            if (accent == "\u00B8")
            {
                c.Draw(letter, x, size, bold);
                c.Draw(accent, ax, size, bold);
            }
            else
            {
                c.Draw(accent, ax, size, bold, c.Y - rise);
                c.Draw(letter, x, size, bold);
            }
            x += width;
        }
        c.Advance(size * 1.5);
    }

    /// <summary>The accented letters the tests use: each as its base letter and the spacing accent TeX draws over it.</summary>
    private static readonly Dictionary<string, (string Letter, string Accent)> Accented = new()
    {
        ["á"] = ("a", "\u00B4"), ["é"] = ("e", "\u00B4"), ["í"] = ("i", "\u00B4"), ["É"] = ("E", "\u00B4"),
        ["â"] = ("a", "\u02C6"), ["Ê"] = ("E", "\u02C6"), ["ã"] = ("a", "\u02DC"), ["õ"] = ("o", "\u02DC"),
        ["Ã"] = ("A", "\u02DC"), ["ç"] = ("c", "\u00B8"), ["Ç"] = ("C", "\u00B8"),
    };

    private static IEnumerable<string> Elements(string text)
    {
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            yield return (string)e.Current;
        }
    }
}
