using PdfSharp.Pdf;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Skills sections named by what they list, in several words and in the resume's own language (invented
/// people).</summary>
public sealed class LongSkillsHeadingTests
{
    [Theory]
    [InlineData("Lenguajes de programación y otras tecnologías")]
    [InlineData("Linguagens de programação e tecnologias")]
    [InlineData("Langages de programmation et outils")]
    [InlineData("Programmiersprachen und Frameworks")]
    [InlineData("Linguaggi di programmazione e strumenti")]
    [InlineData("Tecnologías y lenguajes de uso diario")]
    public void A_heading_naming_programming_or_technologies_in_several_words_names_skills(string heading) =>
        Assert.Equal(SectionKinds.Skills, Structure.HeadingLexicon.Match(heading)?.Kind);

    [Theory]
    [InlineData("Experiencia en programación")]
    [InlineData("Quelques projets de programmation")]
    [InlineData("Proyectos de programación")]
    [InlineData("Worked on the programming of industrial robots for the assembly line")]
    public void Experience_in_programming_and_a_sentence_about_it_are_no_skills_heading(string line) =>
        Assert.NotEqual(SectionKinds.Skills, Structure.HeadingLexicon.Match(line)?.Kind);

    [Fact]
    public void Lists_under_a_long_skills_heading_are_skills_not_the_projects_above_them()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Lucía Ferrándiz Oña", 60, 20, bold: true);
            c.Advance(24);
            c.Draw("lucia.ferrandiz@example.es · +34 611 555 014", 60, 10);
            c.Advance(34);
            c.Draw("Experiencia laboral", 60, 12, bold: true);
            c.Advance(20);
            c.Draw("Desarrolladora de software", 60, 10, bold: true);
            c.Draw("Talleres Ebro", 260, 10);
            c.DrawRight("2019 - Hoy", 535, 10);
            c.Advance(15);
            c.Paragraph("Control de robots de soldadura con C++ y ROS.", 72, 460, 10, bullet: "•");
            c.Advance(20);
            c.Draw("Proyectos personales", 60, 12, bold: true);
            c.Advance(20);
            c.Paragraph("Juego de plataformas en Java con un motor propio.", 72, 460, 10, bullet: "•");
            c.Paragraph("Servidor de chat sobre TCP escrito en Go.", 72, 460, 10, bullet: "•");
            c.Advance(20);
            c.Draw("Lenguajes de programación y otras tecnologías", 60, 12, bold: true);
            c.Advance(20);
            c.Paragraph("C++, Java, Python, Go, SQL.", 72, 460, 10, bullet: "•");
            c.Paragraph("PostgreSQL, Docker, Linux, Git.", 72, 460, 10, bullet: "•");
        }
        var resume = Read(document.ToBytes());

        var keywords = resume.Skills.SelectMany(s => s.Keywords).ToList();
        Assert.Contains("Python", keywords);
        Assert.Contains("Docker", keywords);
        Assert.DoesNotContain(resume.Projects, p => (p.Name ?? "").StartsWith("Lenguajes", StringComparison.Ordinal) || p.Highlights.Any(h => h.Contains("Python", StringComparison.Ordinal)));
    }
}
