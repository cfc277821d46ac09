using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A gauge typed in glyphs beside each skill ("■ ■ ■ □ □ Python", "Docker ●●●○○") is the skill's level: the skill is the
/// name without it, wherever the gauge stands.
/// </summary>
public sealed class RatingGlyphsTests
{
    [Fact]
    public void Glyph_gauges_before_or_after_a_skill_are_not_part_of_it()
    {
        var resume = Read("""
            Théo Vasseur-Lindqvist
            theo.vasseur@example.org

            SKILLS
            ■ ■ ■ ■ □ Python
            ■ ■ ■ □ □ Julia
            Docker ●●●○○
            Kubernetes ★★☆☆☆

            EDUCATION
            Université de Montpellier
            Doctorat en biologie, 2016
            """);

        Assert.Equal(["Python", "Julia", "Docker", "Kubernetes"], resume.Keywords());
    }

    [Fact]
    public void Gauged_skills_in_two_columns_under_their_group_labels_keep_their_names_whichever_side_the_gauge_stands()
    {
        const double left = 60, second = 300;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Théo Vasseur-Lindqvist", left, 18, bold: true);
            c.Advance(22);
            c.Draw("theo.vasseur@example.org", left, 10);
            c.Advance(30);
            c.Draw("Compétences", left, 14, bold: true);
            c.Advance(20);
            c.Draw("Calcul scientifique", left, 10);
            c.Draw("Bases de données", second, 10);
            c.Advance(14);
            foreach (var (a, b) in new[] { ("■ ■ ■ □ □ Python", "DuckDB ●●●●○"), ("■ ■ □ □ □ Julia", "MongoDB ●●○○○"), ("■ ■ ■ □ □ Bash", "Arrow ●○○○○") })
            {
                c.Draw(a, left + 20, 10);
                c.Draw(b, second + 20, 10);
                c.Advance(13);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(["Arrow", "Bash", "DuckDB", "Julia", "MongoDB", "Python"], resume.Keywords().Order());
    }
}
