using Resume.Parsing.Fields;
using ModelWork = Resume.Model.Work;

namespace Resume.Parsing.Tests;

/// <summary>An academic's teaching lists courses closed by the term they were given in: courses, and the bare label
/// over them, are no jobs; a line with a title's word or an institution stays one.</summary>
public sealed class TermCourseTests
{
    [Theory]
    [InlineData("Medieval Trade Routes (Spring 2024)")]
    [InlineData("Cultural History of Modern Europe (Fall 2016 and Spring 2015)")]
    [InlineData("Einführung in die Stadtgeschichte (WS 2019/20)")]
    [InlineData("Histoire des ports (semestre d'automne 2018).")]
    public void A_line_closed_by_a_bracketed_term_and_year_ends_on_a_term(string header) =>
        Assert.True(TermCourses.EndsOnTerm(header));

    [Theory]
    [InlineData("Medieval Trade Routes (2024)")]
    [InlineData("Lecturer, Northam University (Spring 2024), Northam")]
    [InlineData("Spring Conference on Trade 2024")]
    public void A_bare_year_or_a_term_not_closing_the_line_is_no_term(string header) =>
        Assert.False(TermCourses.EndsOnTerm(header));

    [Fact]
    public void Courses_and_the_label_over_them_are_dropped_and_jobs_kept()
    {
        List<ModelWork> jobs =
        [
            new() { Name = "Northam University", Position = "Lecturer", StartDate = "2021", EndDate = "2024" },
            new() { Name = "Northam University", Position = "Lecturer" },
            new() { Name = "Medieval Trade Routes", StartDate = "2024", EndDate = "2024" },
            new() { Name = "Topics in Urban History", StartDate = "2024", EndDate = "2024" },
            new() { Name = "Westbrook College", Position = "Teaching Assistant", StartDate = "2015", EndDate = "2015" },
        ];

        var kept = TermCourses.Kept(jobs, [false, false, true, true, true]);

        Assert.Equal([0, 4], kept);
    }

    [Fact]
    public void A_single_line_so_shaped_is_kept()
    {
        List<ModelWork> jobs = [new() { Name = "Harbor Grill", StartDate = "2019", EndDate = "2019" }];

        Assert.Equal([0], TermCourses.Kept(jobs, [true]));
    }
}
