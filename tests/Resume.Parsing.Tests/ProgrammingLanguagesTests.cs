using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>"Languages" that are the languages programs are written in: skills, not the tongues a person speaks
/// (invented people).</summary>
public sealed class ProgrammingLanguagesTests
{
    [Fact]
    public void Languages_named_beside_frameworks_are_skills()
    {
        var resume = Read(Page("Languages and Frameworks", ("Java, Haskell, Go, Git, pandas, Slurm", "")));

        Assert.Equal(["Java", "Haskell", "Go", "Git", "pandas", "Slurm"], resume.Skills.SelectMany(s => s.Keywords));
        Assert.Empty(resume.Languages);
    }

    [Fact]
    public void Labelled_groups_of_tools_under_a_languages_heading_are_skills()
    {
        var resume = Read(Page("Languages", ("Backend", "Kotlin, Rust, Elixir"), ("Frontend", "TypeScript, Svelte")));

        Assert.Equal(["Kotlin", "Rust", "Elixir", "TypeScript", "Svelte"], resume.Skills.SelectMany(s => s.Keywords));
        Assert.Empty(resume.Languages);
    }

    [Fact]
    public void Spoken_languages_under_their_levels_stay_languages()
    {
        var resume = Read(Page("Languages", ("Portuguese", "Native"), ("English", "Fluent (C1)"), ("Spanish", "Conversational")));

        Assert.Equal(["Portuguese", "English", "Spanish"], resume.Languages.Select(l => l.Name));
        Assert.DoesNotContain(resume.Skills.SelectMany(s => s.Keywords), k => k.Contains("English"));
    }

    private static byte[] Page(string heading, params (string Label, string Items)[] rows)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            const double X = 60, Items = 200;
            c.Draw("Teodora Vasquez", X, 20, bold: true, y: 50);
            c.Draw("teodora.vasquez@example.org  |  +44 7700 900123", X, 9.5, y: 80);
            c.Draw("Experience", X, 12, bold: true, y: 110);
            c.Draw("Research Software Engineer, Fernhill Institute, 2020 – 2024", X, 9.5, y: 128);
            c.Draw("Moved the lab's simulation pipeline onto the shared cluster and halved its queue time", X, 9.5, y: 142);
            c.Draw("Education", X, 12, bold: true, y: 175);
            c.Draw("MSc Computational Physics, University of Kelbrook, 2018 – 2020", X, 9.5, y: 193);
            c.Draw(heading, X, 12, bold: true, y: 226);
            var y = 244.0;
            foreach (var (label, items) in rows)
            {
                c.Draw(label, X, 9.5, y: y);
                if (items.Length > 0)
                {
                    c.Draw(items, Items, 9.5, y: y);
                }
                y += 14;
            }
        }
        return document.ToBytes();
    }
}
