using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Headings that join two names of sections with a slash or a spaced dash (invented people): the heading is
/// the section both names share, even when each alone would only label a group of skills.</summary>
public sealed class CompoundHeadingTests
{
    [Fact]
    public void Teaching_slash_tutoring_opens_the_posts_held()
    {
        var resume = Read(string.Join('\n',
            "Ottilie Brandauer",
            "ottilie.brandauer@example.com",
            "",
            "EDUCATION",
            "Lakeview State University",
            "B.S. Chemistry, 2021",
            "",
            "TEACHING/TUTORING",
            "Northside Learning Center, Peer Tutor",
            "Sep. 2019 – May 2021",
            "• Tutored first-year students in general chemistry",
            "Harbor Summer Academy, Teaching Assistant",
            "Jun. 2020 – Aug. 2020",
            "• Led lab demonstrations for 25 students"));

        Assert.Equal(["Northside Learning Center", "Harbor Summer Academy"], resume.Work.Select(w => w.Name!));
        Assert.Equal(["Lakeview State University"], resume.Education.Select(e => e.Institution!));
    }

    [Fact]
    public void A_school_and_training_heading_joined_by_a_dash_opens_education()
    {
        var resume = Read(string.Join('\n',
            "Kerem Aydın",
            "kerem.aydin@example.de",
            "",
            "Berufserfahrung",
            "03/2019 – 12/2022    Lagerist bei Spedition Haller",
            "",
            "Schule - Berufsausbildung",
            "08/2015 – 07/2018    Ausbildung zum Fachlageristen, Berufskolleg Lindenhof",
            "08/2006 – 06/2015    Realschule am Stadtpark"));

        Assert.Single(resume.Work);
        Assert.Equal(2, resume.Education.Count);
        Assert.Contains(resume.Education, e => (e.Institution ?? "").StartsWith("Realschule am Stadtpark", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_in_the_singular_beside_another_name_is_still_a_section()
    {
        var resume = Read(string.Join('\n',
            "Henrike Lassen",
            "henrike.lassen@example.de",
            "",
            "BERUFSERFAHRUNG",
            "Werkstudentin, Moorland Energie GmbH, 2022 – 2024",
            "",
            "FÄHIGKEITEN & INTERESSE",
            "Technologie: MATLAB, Python, Git",
            "Hobby: Segeln, Lesen"));

        Assert.Contains("MATLAB", resume.Keywords());
        Assert.Contains("Python", resume.Keywords());
    }
}
