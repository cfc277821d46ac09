using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A degree's details as moderncv sets them (invented people): the degree, the school and its country each in a
/// cell, then rows whose first cell is a label ("Grade", "Supervisor", "Description") and whose second is its value.
/// A grade so labelled is the degree's score, not its field nor part of the school's name; the country alone after the
/// school is where it is; who supervised, and a sentence about the degree, open no degree of their own.</summary>
public sealed class LabelCellDetailTests
{
    [Fact]
    public void A_grade_in_a_cell_after_its_label_is_the_score_and_a_country_cell_is_no_part_of_the_school()
    {
        var resume = Read("Giulia Moretti\ngiulia.moretti@example.it\n\nEducation\n"
            + "2015 - Present   Master student in Theoretical Physics   Università di Valmonte   Italy\n"
            + "During my first year I am focusing on quantum field theory and statistical physics.\n\n"
            + "2011 - 2015   Bachelor’s Degree in Physics   Università di Valmonte   Italy\nGrade   103/110\n"
            + "Supervisor   Ilaria Conti, professor at Università di Valmonte\n\nLanguages\nItalian, English\n");

        Assert.Equal([("Università di Valmonte", "Master student", "Theoretical Physics", null), ("Università di Valmonte", "Bachelor’s Degree", "Physics", "Grade: 103/110")],
            resume.Education.Select(e => (e.Institution, e.StudyType, e.Area, e.Score)));
    }

    [Fact]
    public void A_supervisor_row_and_a_description_row_under_a_degree_open_no_degree_of_their_own()
    {
        var resume = Read("Giulia Moretti\ngiulia.moretti@example.it\n\nEducation\n"
            + "2011 - 2015   Bachelor’s Degree in Physics, Università di Valmonte, Italy\nGrade   103/110\n"
            + "Supervisor   Ilaria Conti, professor at Università di Valmonte\n"
            + "Description   I discussed the condensation of bosons in a harmonic trap and showed that the partition function of the system reads as a sum over paths\n"
            + "2006 - 2011   High School Diploma, Liceo Scientifico Galilei, Valmonte, Italy\nGrade   84/100\n\nLanguages\nItalian, English\n");

        Assert.Equal([("Università di Valmonte", "Bachelor’s Degree", "Physics", "Grade: 103/110"), ("Liceo Scientifico Galilei", "High School Diploma", null, "Grade: 84/100")],
            resume.Education.Select(e => (e.Institution, e.StudyType, e.Area, e.Score)));
    }
}
