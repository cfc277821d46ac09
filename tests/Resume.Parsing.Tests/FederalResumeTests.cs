using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The US federal resume as USAJOBS guidance asks for it: each job carries its particulars (hours a week,
/// salary, series and grade, a supervisor and whether to contact them) as labelled lines, and a title may close with
/// its pay plan's grade.</summary>
public sealed class FederalResumeTests
{
    [Fact]
    public void A_jobs_labelled_particulars_name_neither_its_employer_nor_its_title()
    {
        var resume = Read("""
            Renata Okafor
            renata.okafor@example.com | (555) 201-3344
            Citizenship: U.S. Citizen

            WORK EXPERIENCE
            Riverside Family Services
            Tulsa, OK
            03/2021 - Present
            Hours per week: 40
            Case Manager
            Salary: $52,000 USD Per Year
            Duties, Accomplishments and Related Skills:
            • Carried a caseload of 40 adults with serious mental illness
            • Completed biopsychosocial assessments for new clients
            Supervisor: Mara Quist ((918) 555-0142)
            Okay to contact this Supervisor: Yes
            County Department of Human Services
            Tulsa, OK
            06/2017 - 02/2021
            Hours per week: 40
            Social Worker
            Salary: $44,000 USD Per Year
            Series: 0185
            Pay Plan: GS Grade: 9
            Duties, Accomplishments and Related Skills:
            • Wrote treatment plans with 30 families
            Supervisor: Theo Brandt ((918) 555-0177)
            Okay to contact this Supervisor: No

            EDUCATION
            Master of Social Work, University of Oklahoma, 05/2017
            """);

        Assert.Equal(["Riverside Family Services", "County Department of Human Services"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Case Manager", "Social Worker"], resume.Work.Select(w => w.Position));
        Assert.Equal(["2021-03", "2017-06"], resume.Work.Select(w => w.StartDate));
        Assert.Equal([2, 1], resume.Work.Select(w => w.Highlights.Count));
    }

    [Fact]
    public void Hours_and_salary_on_one_line_and_a_grade_closing_the_title_are_particulars()
    {
        var resume = Read("""
            Renata Okafor
            renata.okafor@example.com | (555) 201-3344

            PROFESSIONAL EXPERIENCE
            CASE MANAGER, GS-0101-09                                   03/2021 - Present
            Riverside Family Services, Tulsa, OK
            40 hours per week | Salary: $52,000 per year
            Supervisor: Mara Quist, (918) 555-0142; may be contacted
            • Carried a caseload of 40 adults with serious mental illness
            • Completed biopsychosocial assessments for new clients
            SOCIAL WORKER                                              06/2017 - 02/2021
            County Department of Human Services, Tulsa, OK
            32 hours per week | Salary: $44,000 per year
            Supervisor: Theo Brandt, (918) 555-0177; please contact me first
            • Wrote treatment plans with 30 families
            """);

        Assert.Equal(["Riverside Family Services", "County Department of Human Services"], resume.Work.Select(w => w.Name));
        Assert.Equal(["CASE MANAGER", "SOCIAL WORKER"], resume.Work.Select(w => w.Position));
        Assert.Equal([2, 1], resume.Work.Select(w => w.Highlights.Count));
    }
}
