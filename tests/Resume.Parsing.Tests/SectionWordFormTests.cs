using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Section names as people write them: in the singular, and in the words other languages use.</summary>
public sealed class SectionWordFormTests
{
    private const double Left = 40, Body = 9;

    [Fact]
    public void A_section_name_in_the_singular_set_as_the_headings_are_opens_its_section()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skill");
            Line(c, "Photoshop");
            Line(c, "Video editing");
            Line(c, "Flutter");
            c.Advance(8);
            Heading(c, "Experience");
            Line(c, "Graphic Design Intern, Brightside Studio, Jun 2022 - Dec 2022");
            Line(c, "Designed posters and social media posts for local shops");
            c.Advance(8);
            Heading(c, "Education");
            Line(c, "Gauhati University", bold: true);
            Line(c, "BSc in Computer Science, 2021 - 2024");
        }));

        Assert.Contains("Flutter", resume.Keywords());
    }

    [Fact]
    public void A_name_of_two_words_in_the_singular_set_as_the_headings_are_opens_its_section()
    {
        // A designed template's sidebar heads its list "TECHNICAL SKILL": the plural's section, as "Skill" alone is.
        var resume = Read(Pdf(c =>
        {
            Heading(c, "EDUCATION");
            Line(c, "Rangpur Polytechnic Institute", bold: true);
            Line(c, "Diploma in Electrical Engineering, 2019 - 2023");
            c.Advance(8);
            Heading(c, "TECHNICAL SKILL");
            Line(c, "AutoCAD");
            Line(c, "PLC Programming");
            Line(c, "Circuit Testing");
        }));

        Assert.Contains("PLC Programming", resume.Keywords());
    }

    [Fact]
    public void A_section_name_in_the_headings_bold_capitals_but_set_smaller_opens_its_section()
    {
        // Bold capitals at the headings' left edge after a gap, naming another section than the one above: the writer
        // shrank this one heading, its look still says what it is.
        var resume = Read(Pdf(c =>
        {
            Heading(c, "EDUCATION");
            Line(c, "Rangpur Polytechnic Institute", bold: true);
            Line(c, "Diploma in Electrical Engineering, 2019 - 2023");
            c.Advance(14);
            Line(c, "TECHNICAL SKILLS", size: 7, bold: true);
            c.Advance(6);
            Line(c, "AutoCAD");
            Line(c, "PLC Programming");
            c.Advance(8);
            Heading(c, "LANGUAGES");
            Line(c, "Bangla");
        }));

        Assert.Contains("PLC Programming", resume.Keywords());
        Assert.DoesNotContain(resume.Education, e => (e.Institution + e.Area + e.StudyType).Contains("AutoCAD"));
    }

    [Fact]
    public void Internships_student_jobs_hobbies_and_a_summary_named_in_dutch_portuguese_and_french_open_their_sections()
    {
        var dutch = Read(Pdf(c =>
        {
            Heading(c, "PERSOONLIJK PROFIEL");
            Line(c, "Student softwareontwikkeling die graag met klanten werkt.");
            c.Advance(8);
            Heading(c, "OPLEIDING");
            Line(c, "ROC Midden Nederland", bold: true);
            Line(c, "Software Developer, 2021 - 2024");
            c.Advance(8);
            Heading(c, "STAGES");
            Line(c, "Verkoper, Fietsenwinkel De Spaak, 2022 - 2023");
            Line(c, "Adviseerde klanten en hield de voorraad bij");
            c.Advance(8);
            Heading(c, "STUDENTENERVARINGEN");
            Line(c, "Magazijnmedewerker, Bakkerij Van Dam, 2019 - 2021");
            Line(c, "Laadde elke zaterdag de bestelwagens");
        }));
        var portuguese = Read(Pdf(c =>
        {
            Heading(c, "HABILIDADES");
            Line(c, "Python, SQL, Excel");
            c.Advance(8);
            Heading(c, "PASSATEMPOS");
            Line(c, "Xadrez");
            Line(c, "Ciclismo");
        }));
        var french = Read(Pdf(c =>
        {
            Heading(c, "Synthèse");
            Line(c, "Technicienne de laboratoire qui analyse les données de génotypage en R.");
            c.Advance(8);
            Heading(c, "Compétences");
            Line(c, "R, git, Shiny");
        }));

        Assert.Contains(dutch.Meta.Sections, s => s.Kind == "work" && s.Heading == "STAGES");
        Assert.Contains(dutch.Meta.Sections, s => s.Kind == "work" && s.Heading == "STUDENTENERVARINGEN");
        Assert.NotEmpty(dutch.Work);
        Assert.Contains(portuguese.Interests, i => i.Name == "Ciclismo");
        Assert.DoesNotContain("Ciclismo", portuguese.Keywords());
        Assert.Contains("génotypage", french.Basics.Summary ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PROFESSIONAL EXPERIENCES", "work")]
    [InlineData("Work Experiences", "work")]
    [InlineData("Relevant Work Experiences", "work")]
    public void A_long_section_name_in_the_plural_is_that_name(string heading, string kind)
    {
        var match = Structure.HeadingLexicon.Match(heading);

        Assert.Equal((kind, true), (match?.Kind, match?.Exact ?? false));
    }

    [Fact]
    public void Jobs_under_a_first_heading_in_the_plural_are_not_read_as_the_header()
    {
        // The first heading closes the header block only when it is known as a whole: "Professional Experiences" (a French
        // writer's plural) must, or the jobs under it stay with the name and contact details up to "Education".
        var resume = Read(Pdf(c =>
        {
            Heading(c, "PROFESSIONAL EXPERIENCES");
            Line(c, "Lumen Hydrology", bold: true);
            Line(c, "2011 - Today, Grenoble, France");
            Line(c, "Senior Data Engineer", bold: true);
            Line(c, "Built the pipeline that stores river gauge readings");
            Line(c, "Led a team of four engineers");
            c.Advance(8);
            Heading(c, "EDUCATION");
            Line(c, "Institut Polytechnique de Lyon", bold: true);
            Line(c, "Engineering degree in Computer Science, 2006 - 2011");
        }));

        Assert.Contains(resume.Work, w => w.Name == "Lumen Hydrology");
    }

    private static byte[] Pdf(Action<PdfCanvas> draw)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            Line(c, "Ana Ribeiro Vos", size: 18, bold: true);
            Line(c, "ana.vos@example.com | +31 6 5550 1422");
            c.Advance(12);
            draw(c);
        }
        return document.ToBytes();
    }

    private static void Heading(PdfCanvas c, string text)
    {
        c.Draw(text, Left, 14, bold: true);
        c.Advance(22);
    }

    private static void Line(PdfCanvas c, string text, double size = Body, bool bold = false)
    {
        c.Draw(text, Left, size, bold);
        c.Advance(size + 4);
    }
}
