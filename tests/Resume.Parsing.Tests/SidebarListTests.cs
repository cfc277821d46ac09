using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// The lists a sidebar holds keep their items and lose their decoration: a rating word beside each skill is its level,
/// a plain line under a bold language name is that language's level and the lines after it notes, and a language rated
/// among the skills is a language.
/// </summary>
public sealed class SidebarListTests
{
    // Group labels that name no section ("Languages" and "Tools" also head sections of their own).
    private static readonly Person Person = FieldPeople.DataScientist with
    {
        Skills =
        [
            new("Programming", ["Python", "SQL", "R"]),
            new("Frameworks", ["PyTorch", "scikit-learn", "LightGBM", "Pandas"]),
            new("Practices", ["Statistics", "A/B testing", "Time series", "MLOps"]),
            new("Platforms", ["Jupyter", "MLflow", "Tableau"]),
        ],
    };

    [Fact]
    public void Rating_words_beside_skills_are_neither_skills_nor_group_labels()
    {
        var resume = Read(SidebarListShapes.RatedSkills(Person));

        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
        Assert.Equal(Person.Skills.Select(s => s.Name), resume.Skills.Select(s => s.Name!));
    }

    [Fact]
    public void Plain_lines_under_a_bold_language_name_are_its_level_and_notes()
    {
        (string, string, string)[] spoken =
        [
            ("English", "Bilingue", "Two years in Leeds"),
            ("French", "Everyday use", "DELF: B2"),
            ("Twi", "Mother tongue", "Grew up in Kumasi"),
        ];

        var resume = Read(SidebarListShapes.LanguagesOverLevels(Person, spoken));

        Assert.Equal(spoken.Select(s => (s.Item1, s.Item2)), resume.Languages.Select(l => (l.Name!, l.Fluency!)));
    }

    [Fact]
    public void A_language_rated_among_the_skills_is_a_spoken_language()
    {
        (string, string)[] spoken = [("English", "C1 (IELTS 7.5), fluent"), ("German", "B1, good everyday level")];

        var resume = Read(SidebarListShapes.LanguagesRatedAmongSkills(Person, spoken));

        Assert.Equal(spoken.Select(s => s.Item1), resume.Languages.Select(l => l.Name!));
        Assert.StartsWith("C1", resume.Languages[0].Fluency);
        Assert.DoesNotContain(resume.Skills, s => s.Name is "English" or "German");
        Assert.Contains("PyTorch", resume.Keywords());
    }

    [Fact]
    public void Columns_under_a_profile_set_across_the_page_are_read_one_after_the_other()
    {
        var resume = Read(SidebarListShapes.ColumnsUnderProfile(Person));

        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights.Count), resume.Work.Select(w => w.Highlights.Count));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
    }

    [Fact]
    public void An_item_set_like_the_one_above_it_is_no_label_for_a_comma_line_under_it()
    {
        string[] lines = ["Cleaning and preparing data", "Dashboards", "SQL", "Python, R", "Tableau, Power BI", "A/B testing"];

        var resume = Read(SidebarListShapes.PlainListWithCommaLines(Person, lines));

        Assert.Equal(lines.SelectMany(l => l.Split(", ")), resume.Keywords());
        Assert.All(resume.Skills, s => Assert.Null(s.Name));
    }
}
