using Resume.Parsing.Structure;
using static Resume.Fixtures.DocxResume;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Headings set like the known ones whose name the lexicon does not know as a whole (invented people): the
/// words in the name say which section they open, and under a skills heading with no text of its own they name groups.</summary>
public sealed class UnknownHeadingKindTests
{
    [Fact]
    public void A_singular_section_name_set_as_the_headings_are_opens_that_section()
    {
        var resume = Read(string.Join('\n',
            "Marisol Quintero",
            "marisol.quintero@example.com",
            "",
            "EXPERIENCE",
            "Harbor Lane Analytics, Data Analyst",
            "Mar 2021 – Present",
            "• Built weekly dashboards for the sales team",
            "",
            "PROJECT",
            "Tide Tracker, 2022",
            "A web app that charts the tides of twelve harbours from public feeds.",
            "",
            "EDUCATION",
            "Coastal State University",
            "B.S. Statistics, 2020"));

        Assert.Contains(resume.Projects, p => (p.Name ?? "").StartsWith("Tide Tracker", StringComparison.Ordinal));
        Assert.Contains(resume.Meta!.Sections, s => s.Kind == "projects");
    }

    [Fact]
    public void Unpaid_work_under_a_heading_of_its_own_words_is_volunteering()
    {
        var resume = Read(string.Join('\n',
            "Henrike Solberg",
            "henrike.solberg@example.com",
            "",
            "WORK EXPERIENCE",
            "Fjordline Engineering, Design Intern",
            "Jun 2022 – Aug 2022",
            "• Drew pump housings in CAD",
            "",
            "VOLUNTARY ACTIVITIES",
            "Riverside Youth Club, Mentor",
            "Mar 2021 – Present",
            "• Mentor first-year students in their choice of studies",
            "",
            "ACADEMIC AND CIVIC SERVICE",
            "Northgate Food Bank, Volunteer Coordinator",
            "Jan 2020 – Dec 2020",
            "• Organised weekly food drives",
            "",
            "EDUCATION",
            "Fjord Institute of Technology",
            "B.Eng. Mechanical Engineering, 2023"));

        Assert.Equal(["Fjordline Engineering"], resume.Work.Select(w => w.Name!));
        Assert.Contains(resume.Volunteer, v => (v.Organization ?? "").Contains("Riverside Youth Club", StringComparison.Ordinal));
        Assert.Contains(resume.Volunteer, v => (v.Organization ?? "").Contains("Northgate Food Bank", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("PROJECT", "projects")]
    [InlineData("Aktivitäten & Engagement", "volunteer")]
    [InlineData("ONLINE COURSES COMPLETED", "certificates")]
    [InlineData("LEADERSHIP", "volunteer")]
    [InlineData("Academic and Civic Service", "volunteer")]
    public void The_words_of_a_typeset_heading_name_its_kind(string heading, string kind) =>
        Assert.Equal(kind, HeadingLexicon.KindOfHeadingWords(heading));

    [Theory]
    [InlineData("MECHANISATION RESEARCH INSTITUTE)")]
    [InlineData("Northfield Research Institute")]
    [InlineData("Research Projects")]
    public void Names_of_institutions_and_headings_of_two_kinds_name_none(string heading) =>
        Assert.Null(HeadingLexicon.KindOfHeadingWords(heading));

    [Fact]
    public void Headings_under_an_empty_skills_heading_name_its_groups()
    {
        var resume = Read(Compose((body, _) =>
        {
            body.Append(Styled("Joren Vandermeer", "Title"), Plain("joren.vandermeer@example.com"));
            body.Append(Styled("EXPERIENCE", "Heading2"), Plain("Polder Data Labs, Machine Learning Engineer"), Plain("Jan 2021 – Present"),
                Bullet("Trained forecasting models for water boards"));
            body.Append(Styled("SKILLS", "Heading2"));
            body.Append(Styled("Languages", "Heading1"), Plain("Dutch: native"), Plain("English: C1"));
            body.Append(Styled("Neural Network Models", "Heading1"), Plain("LSTM / RNN / GRU cells: very good"), Plain("Diffusion and flow models: good"));
            body.Append(Styled("Interests", "Heading1"), Plain("Sailing"), Plain("Chess"));
            body.Append(Styled("EDUCATION", "Heading2"), Plain("Delta University of Technology"), Plain("MSc Computer Science, 2020"));
        }));

        Assert.Contains("Diffusion and flow models", resume.Keywords());
        Assert.Contains(resume.Meta.Sections, s => s.Heading == "Neural Network Models" && s.Kind == "skills");
    }

    [Fact]
    public void A_functional_resumes_achievements_under_skill_headings_are_no_skills()
    {
        var resume = Read(Compose((body, _) =>
        {
            body.Append(Styled("Ilse Marchetti", "Title"), Plain("ilse.marchetti@example.com"));
            body.Append(Bold("Professional Skills"));
            body.Append(Bold("Coordination"), Bullet("Coordinated schedules for a team of fifteen across three sites"),
                Bullet("Planned the hand-over between the early and the late shift"));
            body.Append(Bold("Work History"), Plain("Server, Lantern Bistro, Trieste"), Plain("Feb 2022 – Present"));
            body.Append(Bold("Education"), Plain("Liceo Scientifico Galilei"), Plain("Diploma, 2018"));
            body.Append(Bold("Technical Skills"), Plain("POS systems, Excel"));
        }));

        Assert.DoesNotContain(resume.Keywords(), k => k.Contains("schedules", StringComparison.Ordinal));
        Assert.Contains("Excel", resume.Keywords());
    }

    [Fact]
    public void A_heading_naming_experience_and_skills_over_labelled_lists_opens_skills()
    {
        var resume = Read(string.Join('\n',
            "Wendelin Auerbach",
            "wendelin.auerbach@example.de",
            "",
            "BERUFSERFAHRUNG",
            "Stadtwerke Lindau, Werkstudent",
            "10/2021 – 09/2023",
            "",
            "AUSBILDUNG",
            "Hochschule Kempten",
            "B.Eng. Elektrotechnik, 2023",
            "",
            "ERFAHRUNG UND KENNTNISSE",
            "Programmiersprachen: C, Python, MATLAB",
            "Werkzeuge: Git, Docker, Jenkins"));

        Assert.Equal(["Stadtwerke Lindau"], resume.Work.Select(w => w.Name!));
        Assert.Contains("MATLAB", resume.Keywords());
        Assert.Contains("Docker", resume.Keywords());
    }

    [Fact]
    public void A_level_in_brackets_in_a_cell_of_its_own_belongs_to_the_language_before_it()
    {
        var languages = new List<Resume.Model.Language>();
        var rest = Fields.SkillGroupRoutes.Route(
            [new Resume.Model.Skill { Name = "Languages", Keywords = ["German", "(native)", "French", "(B1)", "Italian"] }], languages, []);

        Assert.Empty(rest);
        Assert.Equal(["German", "French", "Italian"], languages.Select(l => l.Name!));
        Assert.Equal("native", languages[0].Fluency);
    }
}
