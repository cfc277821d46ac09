using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Degree lines as academic CVs write them: "Degree, Field; Institution (Town)".</summary>
public sealed class DegreeLineTests
{
    [Theory]
    [InlineData("PhD, Computer Science; University of Leeds (Leeds)", "PhD", "Computer Science", "University of Leeds")]
    [InlineData("MSc, Applied Mathematics; Delft University of Technology", "MSc", "Applied Mathematics", "Delft University of Technology")]
    [InlineData("BSc (Hons), Economics; University College London (UCL)", "BSc (Hons)", "Economics", "University College London (UCL)")]
    public void A_semicolon_parts_the_field_from_the_institution_and_a_bracketed_town_is_no_part_of_its_name(
        string line, string type, string area, string institution)
    {
        var text = $"Ana Ruiz\nana@example.com\n\nEDUCATION\n{line}   Sep 2015 - Jun 2019\n";

        var school = Assert.Single(Read(text).Education);

        Assert.Equal((type, area, institution), (school.StudyType, school.Area, school.Institution));
    }

    [Theory]
    [InlineData("Integrated PhD in Mathematics", "Integrated PhD", "Mathematics")]
    [InlineData("Part-time PGDip in Health Informatics", "Part-time PGDip", "Health Informatics")]
    [InlineData("Integrated master’s degree in Chemistry", "Integrated master’s degree", "Chemistry")]
    [InlineData("MMath Mathematics", "MMath", "Mathematics")]
    [InlineData("Associates of the Sciences: Emphasis in Biology", "Associates of the Sciences", "Emphasis in Biology")]
    [InlineData("Bachelor of Computing With Honours in Information Systems", "Bachelor of Computing", "Information Systems")]
    public void A_degree_taken_some_way_or_named_by_its_initials_is_the_degree_and_what_follows_the_field(string line, string type, string area)
    {
        var text = $"Ana Ruiz\nana@example.com\n\nEDUCATION\nUniversity of Leeds   Sep 2015 - Jun 2019\n{line}\n";

        var school = Assert.Single(Read(text).Education);

        Assert.Equal((type, area, "University of Leeds"), (school.StudyType, school.Area, school.Institution));
    }

    [Theory]
    [InlineData("MSc in Statistics, Data and Network Optimisation, Politecnico di Torino. Turin, Italy.", "Statistics, Data and Network Optimisation", "Politecnico di Torino")]
    [InlineData("Universidad de Granada – Grado en Robótica, Electrónica y Mecatrónica", "Robótica, Electrónica y Mecatrónica", "Universidad de Granada")]
    [InlineData("MSc in Economics, Leeds Business School, Leeds", "Economics", "Leeds Business School")]
    [InlineData("B.S. in Computer Science, Mathematics Minor, University of Leeds", "Computer Science", "University of Leeds")]
    public void A_field_listed_past_a_comma_stays_whole_up_to_the_school(string line, string area, string institution)
    {
        var text = $"Ana Ruiz\nana@example.com\n\nEDUCATION\n{line}   Sep 2015 - Jun 2019\n";

        var school = Assert.Single(Read(text).Education);

        Assert.Equal(area, school.Area);
        Assert.StartsWith(institution, school.Institution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A levels")]
    [InlineData("A Levels")]
    [InlineData("GCSEs")]
    public void School_leaving_qualifications_written_with_a_space_or_in_the_plural_are_the_degree(string line)
    {
        var text = $"Ana Ruiz\nana@example.com\n\nEDUCATION\nHollins Park Sixth Form College   Sep 2015 - Jun 2017\n{line}\n";

        var school = Assert.Single(Read(text).Education);

        Assert.Equal((line, "Hollins Park Sixth Form College"), (school.StudyType, school.Institution));
    }

    [Fact]
    public void Courses_listed_with_semicolons_stay_courses()
    {
        var text = "Ana Ruiz\nana@example.com\n\nEDUCATION\nMSc, Physics; University of Leeds   Sep 2015 - Jun 2019\n"
            + "Courses: Optics; Quantum Mechanics; Thermodynamics\n";

        var school = Assert.Single(Read(text).Education);

        Assert.Equal(("MSc", "Physics", "University of Leeds"), (school.StudyType, school.Area, school.Institution));
    }

    [Fact]
    public void Schools_behind_bullets_with_their_dates_in_a_cell_of_their_own_are_entries_not_highlights()
    {
        var text = "Ana Ruiz\nana@example.com\n\nEDUCATION\n• Universidad Politécnica de Valencia        Sep 2018 – Feb 2019\n  Postgraduate Diploma, Mathematics\n"
            + "• KTH Royal Institute of Technology        Sep 2013 – Jun 2017\n  Bachelor of Arts in Mathematics\n";

        var schools = Read(text).Education;

        Assert.Equal([("Universidad Politécnica de Valencia", "Postgraduate Diploma", "2018-09"), ("KTH Royal Institute of Technology", "Bachelor of Arts", "2013-09")],
            schools.Select(s => (s.Institution!, s.StudyType!, s.StartDate!)));
    }
}
