using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Degrees listed without dates, each as a few lines (degree, school, town), parted from the next only by a
/// wider space.</summary>
public sealed class UndatedDegreeGroupTests
{
    [Fact]
    public void Undated_degrees_set_apart_by_a_wider_space_are_a_degree_each()
    {
        var schools = Read(StackedDegrees()).Education;

        Assert.Equal(4, schools.Count);
        Assert.Equal(("Faculdade Lagoa Azul", "Bacharel"), (schools[^1].Institution, schools[^1].StudyType));
        Assert.All(schools, s => Assert.DoesNotContain("Bacharel", s.Institution + s.Area));
        Assert.Contains("Colégio Vale Verde", schools[0].Institution + " " + schools[0].Area + " " + schools[0].StudyType);
    }

    /// <summary>A sidebar's education: each degree in bold over its school and its town, 13 pt apart, with 29 pt
    /// between one degree's town and the next degree.</summary>
    private static byte[] StackedDegrees()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            c.Draw("Paulo Ventura", 40, 24, y: 50);
            c.Draw("paulo.ventura@example.com", 40, 10, y: 80);
            c.Draw("FORMAÇÃO", 40, 12, bold: true, y: 120);
            var y = 148.0;
            foreach (var (degree, school) in (ValueTuple<string, string>[])[("Ensino médio", "Colégio Vale Verde"), ("Tec. Gestão Empresarial", "Nortec"),
                ("Tec. Informática", "Nortec"), ("Bacharel em Administração", "Faculdade Lagoa Azul")])
            {
                c.Draw(degree, 40, 10, bold: true, y: y);
                c.Draw(school, 40, 10, y: y + 13);
                c.Draw("Campinas, SP", 40, 10, y: y + 26);
                y += 55;
            }
            c.Draw("HABILIDADES", 40, 12, bold: true, y: y + 20);
            c.Draw("Excel, Power BI", 40, 10, y: y + 45);
        }
        return document.ToBytes();
    }
}
