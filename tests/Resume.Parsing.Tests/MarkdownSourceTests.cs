using System.Text;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Markdown resumes as people keep them on their sites: front matter, comments, template tags and HTML are read as
/// the page shows them, not as text.
/// </summary>
public sealed class MarkdownSourceTests
{
    [Fact]
    public void Front_matter_comments_and_template_tags_are_not_read_as_resume_text()
    {
        var resume = Read(string.Join('\n',
            "---",
            "layout: archive",
            "title: \"CV\"",
            "permalink: /cv/",
            "---",
            "",
            "{% include base_path %}",
            "",
            "# Ilse Marten",
            "",
            "ilse.marten@example.org",
            "",
            "<!-- ## Old section",
            "* Hidden line -->",
            "",
            "## Experience",
            "",
            "### Field Ecologist, Northmoor Wetland Trust",
            "2017 - 2020",
            "",
            "- Surveyed amphibian populations across twelve ponds",
            "- Trained volunteers in water sampling",
            ""));
        Assert.Equal("Ilse Marten", resume.Basics.Name);
        var job = Assert.Single(resume.Work);
        Assert.Contains("Northmoor Wetland Trust", job.Name, StringComparison.Ordinal);
        Assert.DoesNotContain(job.Highlights, h => h.Contains("Hidden", StringComparison.Ordinal));
        Assert.DoesNotContain(resume.Keywords(), k => k.Contains("permalink", StringComparison.Ordinal));
    }

    [Fact]
    public void A_resume_written_as_html_inside_markdown_reads_as_headings_lines_and_bullets()
    {
        var resume = Read(string.Join('\n',
            "---",
            "layout: page",
            "---",
            "",
            "<div class=\"resume\">",
            "    <h1 class=\"name\">Tomas Ferreira</h1>",
            "    <p>tomas.ferreira@example.org</p>",
            "",
            "    <h2>Experience</h2>",
            "    <div class=\"item\">",
            "        <h3>Casa Verde Arquitetos</h3>",
            "        <p>Junior Designer</p>",
            "        <p>Sep 2021 - Jun 2023</p>",
            "        <ul>",
            "            <li>Drew facade details for three housing blocks</li>",
            "            <li>Built physical models for client reviews</li>",
            "        </ul>",
            "    </div>",
            "",
            "    <h2>Skills</h2>",
            "    <p><strong>Modelling:</strong> Rhino, Revit<br>SketchUp</p>",
            "</div>",
            ""));
        Assert.Equal("Tomas Ferreira", resume.Basics.Name);
        Assert.Equal("tomas.ferreira@example.org", resume.Basics.Email);
        var job = Assert.Single(resume.Work);
        Assert.Equal("Casa Verde Arquitetos", job.Name);
        Assert.Equal("Junior Designer", job.Position);
        Assert.Equal("2021-09", job.StartDate);
        Assert.Equal(2, job.Highlights.Count);
        Assert.Contains("Revit", resume.Keywords());
        Assert.DoesNotContain(resume.Keywords(), k => k.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void Html_entities_breaks_and_icon_elements_leave_only_their_text()
    {
        var resume = Read(Encoding.UTF8.GetBytes(string.Join('\n',
            "# Ana Duarte",
            "",
            "<i class=\"fa fa-envelope\"></i> <a href=\"mailto:ana.duarte@example.org\">ana.duarte@example.org</a><br />",
            "Porto &amp; Lisboa",
            "",
            "## Experiência",
            "",
            "### Hospital de Santo Amaro",
            "**Enfermeira** | *03/2019 - 12/2022*",
            "- Cuidados intensivos neonatais",
            "")));
        Assert.Equal("ana.duarte@example.org", resume.Basics.Email);
        var job = Assert.Single(resume.Work);
        Assert.Equal("Hospital de Santo Amaro", job.Name);
    }

    [Fact]
    public void A_front_matter_that_names_the_person_gives_the_header_the_body_leaves_out()
    {
        var resume = Read(Encoding.UTF8.GetBytes(string.Join('\n',
            "---",
            "name: Ilona Varga",
            "title: Ingénieure Logiciel",
            "location: Nantes, France",
            "github: github.com/ivarga-example",
            "lang: fr",
            "download-text: \"Télécharger le PDF\"",
            "---",
            "",
            "# Expérience",
            "",
            "## Brume Logistique — Ingénieure Backend",
            "*Fév 2021 – Présent*",
            "",
            "- Conception d'APIs REST pour la planification des tournées",
            "")));
        Assert.Equal("Ilona Varga", resume.Basics.Name);
        Assert.Equal("Nantes", resume.Basics.Location?.City);
        var links = resume.Basics.Profiles.Select(p => p.Url).Append(resume.Basics.Url);
        Assert.Contains(links, u => u?.Contains("github.com/ivarga-example", StringComparison.Ordinal) == true);
        var job = Assert.Single(resume.Work);
        Assert.Equal("Brume Logistique", job.Name);
        Assert.DoesNotContain(resume.Keywords(), k => k.Contains("PDF", StringComparison.Ordinal));
    }
}
