using Resume.Model;
using static Resume.Scoring.Tests.FieldResumes;

namespace Resume.Scoring.Tests;

/// <summary>
/// The general rules role fit rests on, each on a résumé written the way people of the field write them: a title that
/// several guides share, a title with nothing of its field beside it, students, letters after a name, civil engineers,
/// a job whose title and employer changed places.
/// </summary>
public sealed class RoleFitRulesTests
{
    [Fact]
    public void A_generic_software_title_leaves_the_choice_between_neighbouring_guides_to_the_skills_and_work()
    {
        var fullStack = Of("Arjun Mehta", "Software Developer",
            [Job("Software Developer", "Kirana Cloud", "2022-04", null,
                "Built the merchant dashboard in React and the Express API behind it, used by 18,000 shops",
                "Designed MongoDB schemas for orders and added indexes that cut report queries from 6 s to 400 ms")],
            skills: ["JavaScript", "TypeScript", "React", "Redux", "HTML", "CSS", "Node.js", "Express", "MongoDB", "MySQL", "Jest"]);
        var backend = Of("Tomasz Wierzbicki", "Software Developer",
            [Job("Software Developer", "Baltic Pay", "2021-03", null,
                "Designed the idempotent transfer API in Go, 4M requests a day at p99 under 80 ms",
                "Added partition-level locking to the settlement job, cutting its run from 3 h to 25 min")],
            skills: ["Go", "Java", "PostgreSQL", "Redis", "Kafka", "gRPC", "Docker", "Kubernetes", "OAuth 2.0"]);

        Assert.Equal("full-stack-developer", Scoring.Score(fullStack, RoleGuideCatalog.Auto).RoleFit!.Role);
        Assert.Equal("backend-developer", Scoring.Score(backend, RoleGuideCatalog.Auto).RoleFit!.Role);
    }

    [Fact]
    public void A_title_with_nothing_else_of_its_field_beside_it_does_not_make_a_fit()
    {
        var biologist = Of("Ingrid Solberg", null,
            [Job("Research Scientist", "Fjord Therapeutics", "2022-01", null,
                "Develop cell-based assays for antibody screening in primary T cells",
                "Run flow cytometry panels of 18 colours and supervise two technicians")],
            [Studies("PhD", "Molecular Biology", "2014-09", "2018-06")],
            ["Cell culture", "Flow cytometry", "CRISPR-Cas9", "qPCR", "Western blot"]);

        var auto = Scoring.Score(biologist, RoleGuideCatalog.Auto);
        var asked = Scoring.Score(biologist, "data-scientist");

        Assert.Equal(RoleGuideCatalog.General, auto.RoleFit!.Role);
        Assert.Equal(RoleFits.Poor, asked.RoleFit!.Fit);
    }

    [Fact]
    public void A_student_with_no_job_title_of_the_field_fits_the_guide_of_their_studies()
    {
        var student = Of("Olivia Bennett", null,
            [Job("Summer Camp Counselor", "YMCA", "2023-06", "2025-08", "Led daily activities for 15 campers aged 8 to 11")],
            [Studies("Bachelor of Science in Education", "Middle Childhood Education", "2022-08", "2026-05")],
            ["Lesson planning", "Differentiated instruction", "Classroom management", "Google Classroom"]);

        var auto = Scoring.Score(student, RoleGuideCatalog.Auto);

        Assert.Equal("teacher", auto.RoleFit!.Role);
        Assert.Contains("Education: Bachelor of Science in Education, Middle Childhood Education", auto.RoleFit.Evidence);
        Assert.NotEqual(RoleFits.Poor, Scoring.Score(student, "teacher").RoleFit!.Fit);
    }

    [Fact]
    public void Letters_after_the_name_are_read_as_the_title()
    {
        var nurse = Of("Jasmine Thompson, RN, BSN", null,
            [Job("Night shift, Medical ICU", "Bayou Methodist Hospital", "2020-06", null,
                "Cared for 2 ventilated and septic patients per shift, managing vasoactive drips under protocol")],
            skills: ["Critical care", "IV therapy", "Epic"]);

        var report = Scoring.Score(nurse, RoleGuideCatalog.Auto);

        Assert.Equal("registered-nurse", report.RoleFit!.Role);
        Assert.Contains("Title: Jasmine Thompson, RN, BSN", report.RoleFit.Evidence);
    }

    [Fact]
    public void Civil_and_structural_engineers_fit_the_engineering_guide_and_not_a_software_one()
    {
        var structural = Of("Anjali Deshmukh", "Structural Engineer",
            [Job("Structural Engineer", "Lakefront Structural Consultants", "2019-01", null,
                "Designed steel and concrete framing for 12 mid-rise buildings",
                "Modeled lateral systems in ETABS and checked members to ACI 318")],
            [Studies("B.S.", "Civil Engineering", "2010-09", "2014-06")],
            ["ETABS", "SAP2000", "Revit", "AutoCAD"]);

        var auto = Scoring.Score(structural, RoleGuideCatalog.Auto);
        var asBackend = Scoring.Score(structural, "backend-developer");

        Assert.Equal("mechanical-engineer", auto.RoleFit!.Role);
        Assert.Equal(RoleFits.Good, auto.RoleFit.Fit);
        Assert.Equal("Mechanical or Civil Engineer", auto.RoleFit.RoleTitle);
        Assert.Equal(RoleFits.Poor, asBackend.RoleFit!.Fit);
        Assert.Equal("mechanical-engineer", asBackend.RoleFit.BestRole);
    }

    [Fact]
    public void A_job_whose_title_and_employer_changed_places_still_shows_its_title()
    {
        var swapped = Of("Fiona MacLeod", null,
            [Job("Northwind Foods Ltd", "Staff Accountant", "2020-01", null,
                "Reconciled 45 balance sheet accounts a month and kept the general ledger")],
            skills: ["Account reconciliation", "General ledger", "QuickBooks"]);

        var report = Scoring.Score(swapped, RoleGuideCatalog.Auto);

        Assert.Equal("accountant", report.RoleFit!.Role);
        Assert.Contains(report.RoleFit.Evidence, e => e.StartsWith("Title: ", StringComparison.Ordinal) && e.Contains("Staff Accountant", StringComparison.Ordinal));
    }
}
