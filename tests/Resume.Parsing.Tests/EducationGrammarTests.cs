using DocumentFormat.OpenXml.Wordprocessing;
using static Resume.Fixtures.DocxResume;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Degree lines as people write them across fields and countries: the qualification named after its field or
/// around it, a school named by "at" or before a colon, several degrees under one school, schools listed as items.</summary>
public sealed class EducationGrammarTests
{
    private static Resume.Model.Education OnlyDegree(string lines) =>
        Assert.Single(Read($"Ana Ruiz\nana@example.com\n\nEDUCATION\n{lines}\n").Education);

    [Theory]
    [InlineData("Bachelor of Science in Nursing (BScN) Degree", "Nursing")]
    [InlineData("Bachelor of Education in Primary Teaching Degree", "Primary Teaching")]
    [InlineData("Specialist (Information technologies)", "Information technologies")]
    [InlineData("B.E(CSE)", "CSE")]
    public void The_degree_named_again_after_its_field_is_no_part_of_the_field(string degree, string area)
    {
        var school = OnlyDegree($"Lakeshore University   Toronto, ON\n{degree}   Sep 2014 - Apr 2018");

        Assert.Equal(("Lakeshore University", area), (school.Institution, school.Area));
        Assert.NotNull(school.StudyType);
    }

    [Theory]
    [InlineData("Business Analytics (BS)", "BS", "Business Analytics")]
    [InlineData("Criminal Law (LLM)", "LLM", "Criminal Law")]
    [InlineData("Engineer Degree in Computer Science", "Engineer Degree", "Computer Science")]
    [InlineData("BTEC Higher National Diploma in Software Development", "BTEC Higher National Diploma", "Software Development")]
    [InlineData("Supply Chain Management certification", "certification", "Supply Chain Management")]
    [InlineData("NVQ Level 2 Catering and Hospitality", "NVQ Level 2", "Catering and Hospitality")]
    [InlineData("Fine Arts Diploma", "Diploma", "Fine Arts")]
    public void A_qualification_named_after_or_around_its_field_is_the_study_type(string degree, string type, string area)
    {
        var school = OnlyDegree($"Harbour College   2016 - 2019\n{degree}");

        Assert.Equal(("Harbour College", type, area), (school.Institution, school.StudyType, school.Area));
    }

    [Theory]
    [InlineData("Web Development at Brightline   2017 - 2018", "Brightline", null, "Web Development")]
    [InlineData("BSc. Chemical Eng. at Technion - Northern Institute of Technology   2009 - 2013", "Technion - Northern Institute of Technology", "BSc.", "Chemical Eng.")]
    [InlineData("Accounting study at the Hogeschool Rijnmond in Delft (The Netherlands).   2004 - 2008", "Hogeschool Rijnmond", null, "Accounting")]
    public void What_follows_at_is_the_school_whatever_its_words(string line, string institution, string? type, string area)
    {
        var school = OnlyDegree(line);

        Assert.Equal((institution, type, area), (school.Institution, school.StudyType, school.Area));
    }

    [Fact]
    public void Degrees_on_dated_lines_under_one_school_line_are_each_a_degree_of_that_school()
    {
        var schools = Read("Ana Ruiz\nana@example.com\n\nEDUCATION\nUniversity of Northern Ohio\n"
            + "B.S. in Marketing, graduated with university honors (GPA: 3.9/4)   09/2014 - 06/2018\n"
            + "M.S. in Marketing (GPA: 4/4)   09/2018 - 12/2019\n\nSKILLS\nExcel, SQL\n").Education;

        Assert.Equal([("University of Northern Ohio", "B.S.", "Marketing", "2014-09"), ("University of Northern Ohio", "M.S.", "Marketing", "2018-09")],
            schools.Select(s => (s.Institution, s.StudyType, s.Area, s.StartDate)));
    }

    [Fact]
    public void Schools_listed_as_items_under_the_heading_are_each_a_degree()
    {
        var schools = Read("Ana Ruiz\nana@example.com\n\nEDUCATION\n"
            + "• Wexford University: Full Stack web development (08/2020 – Current)\n"
            + "• Harbor Tech: Supply Chain Project Management certification (04/2019 - 08/2019)\n"
            + "• Ashgrove University: Cum Laude B.A. in Project Management\n\nSKILLS\nExcel, SQL\n").Education;

        Assert.Equal([("Wexford University", null, "Full Stack web development"), ("Harbor Tech", "certification", "Supply Chain Project Management"),
            ("Ashgrove University", "B.A.", "Project Management")], schools.Select(s => (s.Institution, s.StudyType, s.Area)));
    }

    [Fact]
    public void A_dash_set_against_the_degree_parts_it_and_date_labels_are_not_names()
    {
        var schools = Read("Ana Ruiz\nana@example.com\n\nEDUCATION\n"
            + "Wexford University, Provo, Utah — Business Analytics(BS) - Expected Graduation Date:   May 2024\n"
            + "Pine Valley High School, Saint George, Utah —High School Diploma - Graduation Date:   June 2016\n").Education;

        Assert.Equal([("BS", "Business Analytics"), ("High School Diploma", null)], schools.Select(s => (s.StudyType, s.Area)));
        Assert.StartsWith("Wexford University", schools[0].Institution);
        Assert.StartsWith("Pine Valley High School", schools[1].Institution);
    }

    [Fact]
    public void Letter_grades_before_the_subjects_are_marks_and_a_school_named_by_its_place_and_high_is_a_school()
    {
        var schools = Read("Ana Ruiz\nana@example.com\n\nEDUCATION\n"
            + "Maple Grove High, Cedar City, Utah — GCSE C’s and D’s in Maths and English   Sep 2010 - Jun 2015\n"
            + "Harbor Tech: Supply Chain Project Management certification (04/19 - 08/19)   Jan 2019 - Aug 2019\n").Education;

        Assert.Equal([("GCSE", "Maths and English"), ("certification", "Supply Chain Project Management")], schools.Select(s => (s.StudyType, s.Area)));
        Assert.StartsWith("Maple Grove High", schools[0].Institution);
        Assert.Equal("Harbor Tech", schools[1].Institution);
    }

    [Fact]
    public void A_degree_that_reads_like_a_web_domain_stays_a_degree()
    {
        var schools = Read("Ana Ruiz\nana@example.com\n\nEDUCATION\nRiverside University   2012 - 2016\n"
            + "B.Tech, Electrical Engineering\n\nSKILLS\nExcel, SQL\n").Education;

        Assert.Equal([("Riverside University", "B.Tech", "Electrical Engineering")], schools.Select(s => (s.Institution, s.StudyType, s.Area)));
    }

    [Fact]
    public void A_piece_named_by_subject_words_is_the_field_and_the_other_piece_the_school_whichever_comes_first()
    {
        var school = OnlyDegree("Bachelor’s Degree - Computer Science   2024 - Present\nHESGE   Geneva");

        Assert.Equal(("HESGE", "Bachelor’s Degree", "Computer Science"), (school.Institution, school.StudyType, school.Area));
    }

    [Theory]
    [InlineData("BTEC First Diploma in Nursery Gardening Agricultural college.", "BTEC First Diploma")]
    [InlineData("Diploma in Further Education College Teaching", "Diploma")]
    public void A_qualification_in_a_field_is_no_school_though_a_school_word_follows_and_a_lycee_is_a_school(string degree, string type)
    {
        var school = OnlyDegree($"1997 - 1999   {degree}   Lycée Bellevue Arles, France");

        Assert.Equal(type, school.StudyType);
        Assert.StartsWith("Lycée Bellevue Arles", school.Institution);
    }

    [Fact]
    public void A_school_its_year_and_its_degree_each_behind_a_bullet_are_one_degree_and_percentages_are_grades()
    {
        var schools = Read("Ana Ruiz\nana@example.com\n\nEDUCATIONAL QUALIFICATION\n"
            + "• Lakeview Arts College,Madurai.\n• 2021\n• Pursuing B.Sc.Computer Science.\n"
            + "• ------------St. Anne's Higher Secondary School, Madurai\n• 2019\n• HSLC – 90.82%\n\nSKILLS\nExcel, SQL\n").Education;

        Assert.Equal([("Lakeview Arts College,Madurai.", "B.Sc.", "2021"), ("St. Anne's Higher Secondary School, Madurai", "HSLC", "2019")],
            schools.Select(s => (s.Institution, s.StudyType, s.EndDate ?? s.StartDate)));
        Assert.Equal("90.82%", schools[1].Score);
        Assert.StartsWith("Computer Science", schools[0].Area);
    }

    [Fact]
    public void Education_table_columns_take_their_roles_from_the_words_of_their_headers()
    {
        static TableCell Cell(string text) => new(Plain(text));
        static TableRow TableRowOf(params string[] cells) => new(cells.Select(Cell));
        var bytes = Compose((body, _) => body.Append(
            Styled("Divya Raman", "Title"), Plain("divya.raman@example.com"), Styled("Academic Details", "Heading2"),
            new Table(
                new TableRow(new[] { "COURSE", "COLLEGE/SCHOOL", "UNIVERSITY/BOARD", "YEAR OF PASSING", "PERCENTAGE/CGPA" }.Select(h => new TableCell(Bold(h)))),
                TableRowOf("B.E(ECE)", "KAVERI INSTITUTE OF TECHNOLOGY", "STATE UNIVERSITY", "2022", "8.1"),
                TableRowOf("HSC", "GREEN PARK HIGHER SECONDARY SCHOOL", "STATE BOARD", "2018", "91.5%")),
            Styled("Skills", "Heading2"), Plain("Python, Java")));

        var schools = Read(bytes).Education;

        Assert.Equal([("KAVERI INSTITUTE OF TECHNOLOGY", "B.E", "ECE", "8.1"), ("GREEN PARK HIGHER SECONDARY SCHOOL", "HSC", null, "91.5%")],
            schools.Select(s => (s.Institution, s.StudyType, s.Area, s.Score)));
        Assert.Equal(["2022", "2018"], schools.Select(s => s.EndDate ?? s.StartDate));
    }
}
