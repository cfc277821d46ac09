using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// What a certificate says of itself, wherever a resume lists it (under Education, Projects, Achievements or a heading
/// shared with them): a word for being certified or licensed, a course platform or certifying body that issues
/// certificates and no degrees, an exam code ("AZ-900", "SAA-C03"), a credential's well-known initials ("PMP", "CCNA",
/// "BLS"), a credential number. Degrees are not read here; callers keep an entry that names one as education.
/// </summary>
internal static partial class Credentials
{
    /// <summary>The text says it is a certificate by a word, an issuer, an exam code, initials or a credential number.</summary>
    public static bool Says(string text) =>
        CertifiedWord().IsMatch(text) || Issuer().IsMatch(text) || ExamCode().IsMatch(text) || Initials().IsMatch(text)
        || CredentialNumber().IsMatch(text);

    /// <summary>A project's name that says it is a credential: the word for being certified, an exam code or a
    /// credential number. Not "license" ("License Plate Reader") nor a platform (a capstone project is taken there too).</summary>
    public static bool NamesCredential(string text) =>
        Certified().IsMatch(text) || ExamCode().IsMatch(text) || CredentialNumber().IsMatch(text);

    /// <summary>"First Aid Certificate": the word alone, which colleges also give their graduate certificates, so it
    /// tells a certificate only where no degree can be (an awards or projects list).</summary>
    public static bool SaysCertificate(string text) => Says(text) || CertificateWord().IsMatch(text);

    /// <summary>"Teacher of the Year", "Dean's List", "1st place", "Scholarship": an honour, not a credential.</summary>
    public static bool SaysAward(string text) => AwardWord().IsMatch(text);

    /// <summary>"certified", "certification", "licensed", and the words for them in the languages the lexicon reads.
    /// ("Licence" is a French degree, so only the English "license" counts.)</summary>
    [GeneratedRegex(@"\b(?:certified|certification|licensed|license|chartered|zertifikat|zertifiziert\p{L}*|zertifizierung|certificado|certificação|certificación|certificazione|certificat|certifié\p{L}*|certificación|certifica[cç][aã]o)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CertifiedWord();

    [GeneratedRegex(@"\b(?:certified|certification|zertifiziert\p{L}*|zertifizierung|certificación|certificazione|certifié\p{L}*|certifica[cç][aã]o)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Certified();

    [GeneratedRegex(@"\b(?:certificates?|certificats?|certificados?|zertifikate?|attestation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CertificateWord();

    /// <summary>Course platforms and certifying bodies: what they issue is a certificate, never a degree. (Companies that
    /// also employ people, "Google", "Microsoft", are not here: a project or a job names them too.)</summary>
    [GeneratedRegex(@"\b(?:coursera|udemy|edx|udacity|linkedin learning|pluralsight|datacamp|freecodecamp|codecademy|cognitive class|great learning|simplilearn|skillshare|futurelearn|openclassrooms|alison|sololearn|deeplearning\.ai|comptia|\(isc\)²|isc2|isaca|axelos|peoplecert|scrum alliance|scrum\.org|linux foundation|cncf|hashicorp|credly|american heart association|american red cross|st\.? john ambulance|certiprof)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Issuer();

    /// <summary>Exam codes: letters, a dash, digits ("AZ-900", "DP-203", "SAA-C03", "CLF-C02", "1Z0-071", "200-301").</summary>
    [GeneratedRegex(@"\b(?:[A-Z]{2,3}-[A-Z]?\d{2,3}|1Z0-\d{3}|[1-3]\d{2}-\d{3})\b")]
    private static partial Regex ExamCode();

    /// <summary>The initials of credentials that are only ever credentials, in capitals.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:PMP|CAPM|PRINCE2|ITIL|CISSP|CISM|CISA|CEH|OSCP|CCNA|CCNP|CCIE|CCSP|CKA|CKAD|CKS|CSM|CSPO|PSM|PSPO|SAFe|CPA|CFA|ACCA|CIMA|CMA|CFP|ACLS|BLS|PALS|NRP|TNCC|CCRN|CPR|OSHA|TEFL|TESOL|CELTA|IELTS|TOEFL|TOEIC|DELF|DALF|CCENT|MCSA|MCSE|MCSD|RHCSA|RHCE|LPIC|GIAC|Security\+|Network\+|A\+|Six Sigma)(?![\w-])")]
    private static partial Regex Initials();

    [GeneratedRegex(@"\b(?:certificate|credential|certification|license|licence|verification)\s*(?:id|no\.?|number|#|code)\s*[:#]?\s*[\w-]*\d", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialNumber();

    [GeneratedRegex(@"\b(?:award(?:ed|s)?|prize|winner|won|of the year|dean'?s list|honou?r(?:s|ed)?|scholarship|fellowship|medal|finalist|runner[- ]up|(?:1st|2nd|3rd|first|second|third) place|ranked|auszeichnung|preis|prix|premio|prémio|bolsa|beca|stipendium)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AwardWord();
}
