using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// An academic's "Logiciels" (Software) section describes the packages they wrote, one wrapped paragraph each, under a
/// heading French CVs also put over a list of tools: running text the margin broke, with long stretches between commas,
/// is no list of skills, while a long list of tools wrapped over lines stays one.
/// </summary>
public sealed class WrappedProseTests
{
    private const double Left = 60, Width = 470;

    [Fact]
    public void Paragraphs_describing_packages_under_a_software_heading_give_no_skills()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Margaux Delaunay-Firmin", Left, 18, bold: true);
            c.Advance(22);
            c.Draw("margaux.delaunay@example.org – Rimouski, Québec", Left, 10);
            c.Advance(30);
            Heading(c, "Compétences");
            c.Paragraph("Langages : R, Python, Julia, Matlab, Bash, SQL, C++, Java, JavaScript, HTML, CSS, Fortran, Haskell, Rust, Go, Scala", Left, Width, 10);
            c.Advance(12);
            Heading(c, "Logiciels");
            c.Paragraph("Cette section présente une partie de mes contributions à des logiciels libres. Presque toutes sont visibles sur mon compte en ligne, avec leur documentation et leurs exemples.", Left, Width, 10);
            c.Paragraph("lagunaR (responsable du paquet) : client R pour interroger la base de données des lagunes côtières du Québec et télécharger leurs relevés annuels.", Left, Width, 10);
            c.Paragraph("tidepools (contributrice) : implémentation qui compte les positions occupées par les espèces dans tous les motifs à trois espèces d’un réseau trophique.", Left, Width, 10);
            c.Advance(12);
            Heading(c, "Formation");
            c.Draw("2016 : Doctorat en biologie, Université du Québec à Rimouski", Left, 10);
            c.Advance(14);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(["R", "Python", "Julia", "Matlab", "Bash", "SQL", "C++", "Java", "JavaScript", "HTML", "CSS", "Fortran", "Haskell", "Rust", "Go", "Scala"],
            resume.Keywords());
    }

    private static void Heading(PdfCanvas c, string text)
    {
        c.Draw(text, Left, 14, bold: true);
        c.Advance(20);
    }
}
