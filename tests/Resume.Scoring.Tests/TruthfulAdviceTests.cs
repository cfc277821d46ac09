using Resume.Model;
using static Resume.Scoring.Tests.FieldResumes;

namespace Resume.Scoring.Tests;

/// <summary>
/// Sentences a report says about a résumé of any field that the résumé itself must not contradict: a verb read as no
/// verb, a certification that is there said to be missing, a section the parser could not file said to be absent,
/// GitHub asked of a nurse, a document title taken for a name, a students' tip given to a senior engineer.
/// </summary>
public sealed class TruthfulAdviceTests
{
    private static ResumeDocument Nurse(string[] bullets, string[]? skills = null, Certificate[]? certificates = null, SectionInfo[]? sections = null) =>
        Of("Grace Mwangi", "Staff Nurse",
            [Job("Staff Nurse", "Lakeshore General Hospital", "2019-06", null, bullets)],
            [Studies("BSN", "Nursing", "2015-08", "2019-05")],
            skills ?? ["Patient assessment", "Medication administration", "Patient education", "Epic"],
            certificates, sections: sections);

    [Fact]
    public void Bullets_that_open_with_a_present_tense_verb_of_any_field_are_not_said_to_open_with_no_verb()
    {
        var resume = Nurse([
            "Obtain vitals and blood glucose for 12 patients a shift",
            "Audit hand hygiene monthly and report to the ward manager",
            "Carry out wound dressings for 20 residents",
            "> Administered IV antibiotics to 6 post-operative patients per shift"]);

        var check = Scoring.Check(resume, CheckIds.ActionVerbs, "registered-nurse");

        Assert.Equal(CheckStatus.Pass, check.Status);
        Assert.DoesNotContain("no verb", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weak_opening_is_turned_around_with_the_verb_that_follows_it_and_no_verb_is_put_before_a_noun()
    {
        var weak = Scoring.Check(Nurse(["Helped bring the unit's falls rate down by 30%", "Responsible for 5 patients", "1:2 ratio in a 24-bed ICU", "Ward link nurse"]), CheckIds.ActionVerbs, "registered-nurse");
        var nouns = Scoring.Check(Nurse(["1:2 ratio in a 24-bed ICU", "Ward link nurse for tissue viability", "Assessed 5 patients a shift", "Night charge nurse"]), CheckIds.ActionVerbs, "registered-nurse");

        Assert.Contains("→ 'Brought the unit's falls rate down by 30%", weak.Fix, StringComparison.Ordinal);
        Assert.Contains("open '1:2 ratio in a 24-bed ICU' with the verb for what you did", nouns.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("Delivered 1:2", nouns.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recommended_certification_named_outside_the_list_is_said_to_be_there_not_missing()
    {
        var teacher = Of("Hannah Kowalski", "Teacher of Science",
            [Job("Teacher of Science", "Riverside High School", "2021-09", null, "Taught GCSE combined science to 6 groups; 68% reached grade 4+")],
            [Studies("PGCE", "Secondary Science with QTS", "2020-09", "2021-06")],
            ["Lesson planning", "Behaviour management"]);

        var check = Scoring.Check(teacher, CheckIds.Certifications, "teacher");

        Assert.DoesNotContain("No certifications", check.Detail, StringComparison.Ordinal);
        Assert.Contains("Qualified Teacher Status (QTS) is named elsewhere", check.Detail, StringComparison.Ordinal);
        Assert.Contains("PGCE, Secondary Science with QTS", check.Evidence);
    }

    [Fact]
    public void A_certifications_line_that_names_several_counts_each()
    {
        var resume = Nurse(["Assessed 2 ventilated patients per shift"], certificates: [new Certificate { Name = "CCRN, BLS, ACLS", Issuer = "AACN" }]);

        var check = Scoring.Check(resume, CheckIds.Certifications, "registered-nurse");

        Assert.Contains("3 recommended by the guide", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void What_stands_under_a_heading_the_parser_could_not_file_is_not_said_to_be_absent()
    {
        SectionInfo[] read = [new(SectionKinds.Work, "Experience"), new(SectionKinds.Education, "Education"), new(SectionKinds.Skills, "Skills")];
        SectionInfo[] unread = [.. read, new(SectionKinds.Other, "Registration and Training")];
        string[] bullets = ["Assessed 6 post-operative patients per shift on a 30-bed surgical ward", "Administered medication to 6 patients per shift"];

        var plain = Scoring.Score(Nurse(bullets, sections: read), "registered-nurse");
        var withUnread = Scoring.Score(Nurse(bullets, sections: unread), "registered-nurse");

        Assert.Equal("No certifications are listed.", plain.Check(CheckIds.Certifications).Detail);
        Assert.Contains("What is under 'Registration and Training' was not read", withUnread.Check(CheckIds.Certifications).Detail, StringComparison.Ordinal);
        // "Patient education is listed, but no bullet shows what you taught": a bullet may stand under the unread heading.
        Assert.Contains(plain.Guide.Advice, a => a.StartsWith("Patient education is listed", StringComparison.Ordinal));
        Assert.DoesNotContain(withUnread.Guide.Advice, a => a.StartsWith("Patient education is listed", StringComparison.Ordinal));
    }

    [Fact]
    public void GitHub_is_asked_for_only_by_software_guides()
    {
        var resume = Nurse(["Assessed 6 patients per shift"]);

        var nurse = Scoring.Check(resume, CheckIds.ContactInfo, "registered-nurse");
        var developer = Scoring.Check(resume, CheckIds.ContactInfo, "backend-developer");

        Assert.Contains("missing LinkedIn link", nurse.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("GitHub", nurse.Fix, StringComparison.Ordinal);
        Assert.Contains("LinkedIn/GitHub link", developer.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_title_on_the_first_line_is_not_taken_for_the_name()
    {
        var resume = Nurse(["Assessed 6 patients per shift"]) is var r ? r with { Basics = r.Basics with { Name = "CURRICULUM VITAE" } } : null!;

        var check = Scoring.Check(resume, CheckIds.ContactInfo, "registered-nurse");

        Assert.Contains("missing name (the first line reads 'CURRICULUM VITAE')", check.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("CURRICULUM VITAE", check.Evidence);
    }

    [Fact]
    public void A_tip_for_students_is_given_to_students_only()
    {
        ResumeDocument Engineer(string start, string studiesEnd) => Of("Lucas Ferreira", "Mechanical Engineer",
            [Job("Mechanical Engineer", "Norte Aerostructures", start, null, "Designed seat track fittings in CATIA and ran FEA in ANSYS")],
            [Studies("B.Eng.", "Mechanical Engineering", "2021-09", studiesEnd)],
            ["CATIA", "ANSYS", "GD&T"]);

        var student = Scoring.Score(Engineer("2025-06", "2026-04"), "mechanical-engineer");
        var senior = Scoring.Score(Engineer("2012-06", "2012-04"), "mechanical-engineer");

        Assert.Contains(student.Guide.Advice, a => a.StartsWith("Students:", StringComparison.Ordinal));
        Assert.DoesNotContain(senior.Guide.Advice, a => a.StartsWith("Students:", StringComparison.Ordinal));
    }
}
