using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Habits of producers the corpus had not seen (the Europass online editor's whole-day dates in brackets and
/// labelled field of study), as documents written in code.</summary>
public sealed class UnseenLayoutTests
{
    [Fact]
    public void Whole_day_dates_in_brackets_give_both_ends_and_leave_the_employer_whole()
    {
        var resume = Read("""
            Marta Lindqvist
            marta@example.com

            WORK EXPERIENCE
            SENIOR ACCOUNTANT
            Nordhavn Logistics A/S [ 01/03/2021 – Current ]
            Aarhus, Denmark
            • Closed the monthly books three days sooner

            ACCOUNTANT
            Fjord Freight ApS [ 01/09/2016 – 28/02/2021 ]
            Aarhus, Denmark
            • Moved 40 suppliers onto electronic invoices
            """);

        Assert.Equal(["Nordhavn Logistics A/S", "Fjord Freight ApS"], resume.Work.Select(w => w.Name));
        Assert.Equal([("2021-03", null), ("2016-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Theory]
    [InlineData("01/09/2018 – 30/06/2022", "2018-09", "2022-06")]
    [InlineData("31.05.2019 - 01.10.2020", "2019-05", "2020-10")]
    [InlineData("06/01/2017 – 12/25/2019", "2017-06", "2019-12")]
    public void A_whole_days_date_reads_as_its_month(string text, string start, string end)
    {
        var range = Fields.DateParser.Find(text);

        Assert.NotNull(range);
        Assert.Equal((start, end), (range.Start, range.End));
    }

    [Fact]
    public void A_labelled_field_of_study_is_the_area_and_the_line_above_it_the_institution()
    {
        var resume = Read("""
            Marta Lindqvist
            marta@example.com

            EDUCATION AND TRAINING
            MASTER OF SCIENCE
            Aarhus University [ 2014 – 2016 ]
            Field(s) of study: Business Economics and Auditing
            """);

        var school = Assert.Single(resume.Education);
        Assert.Equal("Aarhus University", school.Institution);
        Assert.Equal("Business Economics and Auditing", school.Area);
        Assert.Equal(("2014", "2016"), (school.StartDate, school.EndDate));
    }

    [Theory]
    [InlineData("CAREER|HISTORY", "ACADEMIC|QUALIFICATIONS", "PROFESSIONAL|CERTIFICA-|TIONS")]
    [InlineData("WORK|EXPERIENCE", "EDUCATION", "CERTIFICATIONS")]
    public void A_margin_heading_wrapped_over_lines_is_one_heading_and_no_part_of_the_entries(string work, string education, string certificates)
    {
        var person = People.Backend;

        var resume = Read(TypesetShapes.WrappedMarginHeadings(person, DateStyle.ShortMonth, work.Split('|'), education.Split('|'), certificates.Split('|')));

        Assert.Equal(person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(person.Schools.Select(s => (s.Institution, s.Area)), resume.Education.Select(e => (e.Institution!, e.Area!)));
        Assert.Equal(person.Certificates.Select(c => c.Name), resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void Margin_headings_ending_where_the_column_starts_open_their_sections() =>
        AssertMarginHeadingsOpenTheirSections(wrapped: false);

    [Fact]
    public void A_margin_heading_wrapped_under_a_first_word_that_is_a_heading_by_itself_is_one_heading() =>
        AssertMarginHeadingsOpenTheirSections(wrapped: true);

    private static void AssertMarginHeadingsOpenTheirSections(bool wrapped)
    {
        var person = People.Backend;

        var resume = Read(TypesetShapes.MarginHeadingsWithoutGutter(person, DateStyle.ShortMonth, wrapped));

        Assert.Equal(person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(person.Jobs.Select(j => j.Highlights.Count), resume.Work.Select(w => w.Highlights.Count));
        Assert.Equal(person.Schools.Select(s => (s.Institution, s.Degree, s.Area)), resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!)));
        Assert.Equal(person.Certificates.Select(c => c.Name), resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_degree_word_overrunning_its_narrow_column_keeps_its_letters_apart_from_the_school_beside_it()
    {
        var person = People.Backend with
        {
            Schools = [.. People.Backend.Schools.Select((s, i) => s with { Degree = i == 0 ? "Certificate in Data" : "Diploma in Statistics" })],
        };

        var resume = Read(TypesetShapes.OverrunDegreeColumn(person, DateStyle.ShortMonth, degreeColumn: 20));

        Assert.Equal(person.Schools.Select(s => (s.Institution, s.Area)), resume.Education.Select(e => (e.Institution!, e.Area!)));
    }
}
