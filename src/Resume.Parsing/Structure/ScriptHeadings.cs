using Resume.Model;

namespace Resume.Parsing.Structure;

/// <summary>
/// Section headings of resumes written in scripts other than the Latin one: Chinese (simplified and traditional), Japanese
/// (a 履歴書 and a 職務経歴書), Korean (an 이력서), Ukrainian, Bulgarian, Greek, Arabic, Persian and Hebrew. Compared as
/// the others are, on letters only (an ideograph, a syllable or a kana is a letter), so "教育经历", "【教育经历】" and
/// "教 育 经 历" match alike.
/// </summary>
internal static class ScriptHeadings
{
    /// <summary>Simplified and traditional Chinese: a 简历 names its sections by what was done (经历, "what one went
    /// through"), its background (背景) or its skills (技能).</summary>
    public static Dictionary<string, string[]> Chinese { get; } = new()
    {
        [SectionKinds.Summary] =
        [
            "个人简介", "自我评价", "个人评价", "自我介绍", "个人总结", "个人优势", "个人概述", "关于我", "简介", "职业目标", "求职意向",
            "个人陈述", "职业概述", "个人简述",
            "個人簡介", "自我評價", "自我介紹", "關於我", "個人總結", "個人優勢", "求職意向", "職業目標",
        ],
        [SectionKinds.Work] =
        [
            "工作经历", "工作经验", "实习经历", "实习经验", "工作履历", "职业经历", "工作与实习经历", "实习与工作经历",
            "工作及实习经历", "实习及工作经历", "工作实习经历", "实习工作经历", "工作经历与实习", "工作", "实习", "任职经历",
            "工作經歷", "工作經驗", "實習經歷", "實習經驗", "工作與實習經歷", "職業經歷", "工作履歷",
        ],
        [SectionKinds.Education] =
        [
            "教育经历", "教育背景", "教育", "学历", "教育与培训", "学习经历", "教育经验", "学历背景", "教育信息",
            "教育經歷", "教育背景", "學歷", "學習經歷", "教育與培訓",
        ],
        [SectionKinds.Skills] =
        [
            "专业技能", "技能", "技能特长", "个人技能", "技术技能", "技术栈", "技术能力", "相关技能", "掌握技能", "职业技能",
            "技能清单", "技能专长", "专业能力", "计算机技能", "技能与工具", "技术专长",
            "專業技能", "技術技能", "個人技能", "技能專長", "技術棧", "專業能力",
        ],
        [SectionKinds.Projects] =
        [
            "项目经历", "项目经验", "个人项目", "项目", "学术项目经历", "科研项目", "科研经历", "研究经历", "开源项目",
            "开源贡献", "项目与开源", "主要项目", "项目实践", "实践项目", "科研项目经历", "研究项目", "竞赛经历", "项目展示",
            "項目經歷", "項目經驗", "專案經歷", "專案", "專案經驗", "個人項目", "研究經歷", "開源項目",
        ],
        [SectionKinds.Certificates] =
        [
            "证书", "资格证书", "证书与资格", "所获证书", "技能证书", "获得证书", "职业资格", "资质证书", "认证", "资格认证",
            "證書", "證照", "資格證書", "專業證照",
        ],
        [SectionKinds.Awards] =
        [
            "荣誉奖项", "获奖情况", "获奖经历", "奖项", "荣誉", "获奖荣誉", "获奖", "奖励", "荣誉与奖项", "竞赛获奖", "所获荣誉",
            "获得荣誉", "荣誉奖励", "奖学金", "荣誉证书", "获奖记录", "奖项荣誉",
            "榮譽", "獲獎", "獲獎經歷", "榮譽獎項", "獎項", "獲獎情況",
        ],
        [SectionKinds.Publications] =
        [
            "论文", "发表论文", "科研成果", "学术成果", "论文发表", "出版物", "专利", "学术论文", "研究成果", "论文与专利",
            "論文", "發表論文", "研究成果", "學術成果",
        ],
        [SectionKinds.Volunteer] =
        [
            "志愿者经历", "志愿服务", "志愿经历", "社会实践", "校园经历", "社团经历", "学生工作", "社会活动", "校园活动",
            "在校经历", "课外活动", "学生干部经历",
            "志願服務", "志工經歷", "社團經歷", "校園經歷", "課外活動",
        ],
        [SectionKinds.Languages] = ["语言能力", "语言", "外语能力", "语言技能", "外语水平", "語言能力", "語言", "外語能力"],
        [SectionKinds.Interests] = ["兴趣爱好", "个人爱好", "爱好", "兴趣", "業餘愛好", "興趣愛好", "興趣", "個人愛好"],
        [SectionKinds.References] = ["推荐人", "證明人", "推薦人"],
        // Lists no field holds: courses taken, and a closing "other" or "miscellaneous" of mixed lines.
        [SectionKinds.Other] = ["主修课程", "相关课程", "核心课程", "杂项", "其它", "其他", "其他信息", "主修課程", "相關課程", "其他資訊"],
        [SectionKind.Contact] =
        [
            "个人信息", "基本信息", "联系方式", "个人资料", "联系信息", "个人基本信息",
            "個人資料", "基本資料", "聯絡方式", "個人信息", "聯繫方式",
        ],
    };

    /// <summary>Japanese: the 履歴書 form's rows (学歴, 職歴, 免許・資格) and the 職務経歴書's headings.</summary>
    public static Dictionary<string, string[]> Japanese { get; } = new()
    {
        [SectionKinds.Summary] = ["職務要約", "自己pr", "自己紹介", "プロフィール", "サマリー", "職務概要", "経歴要約"],
        [SectionKinds.Work] = ["職歴", "職務経歴", "職務経歴詳細", "職務履歴", "経歴", "業務経歴", "職務内容", "勤務経歴", "職務経験", "実務経験", "インターン"],
        [SectionKinds.Education] = ["学歴", "学歴・職歴", "最終学歴"],
        [SectionKinds.Skills] =
        [
            "スキル", "テクニカルスキル", "技術スキル", "保有スキル", "活かせる経験・知識・技術", "活かせる経験知識技術", "得意分野",
            "スキルセット", "開発環境", "使用技術", "技術スタック",
        ],
        [SectionKinds.Projects] = ["プロジェクト", "参画プロジェクト", "主なプロジェクト", "個人開発", "制作物", "ポートフォリオ"],
        [SectionKinds.Certificates] = ["資格", "免許・資格", "免許資格", "保有資格", "資格・免許", "取得資格"],
        [SectionKinds.Awards] = ["受賞歴", "受賞", "表彰", "受賞・表彰"],
        [SectionKinds.Publications] = ["論文", "業績", "研究業績", "発表論文"],
        [SectionKinds.Volunteer] = ["ボランティア", "課外活動"],
        [SectionKinds.Languages] = ["語学", "語学力"],
        [SectionKinds.Interests] = ["趣味", "趣味・特技", "特技"],
        [SectionKinds.Other] = ["志望動機", "志望の動機", "本人希望記入欄", "本人希望"],
        [SectionKind.Contact] = ["連絡先", "基本情報", "個人情報"],
    };

    /// <summary>Korean: an 이력서 writes its headings with or without the space before 사항 ("particulars").</summary>
    public static Dictionary<string, string[]> Korean { get; } = new()
    {
        [SectionKinds.Summary] = ["자기소개", "소개", "요약", "프로필", "경력 요약", "핵심 역량"],
        [SectionKinds.Work] = ["경력", "경력사항", "경력 사항", "업무 경력", "경력 기술서", "경력기술서", "직무 경험", "인턴", "인턴 경험", "근무 경력"],
        [SectionKinds.Education] = ["학력", "학력사항", "학력 사항", "교육", "교육 사항", "교육사항", "교육 이수", "교육 이력", "교육 경험"],
        [SectionKinds.Skills] = ["보유 기술", "기술", "기술 스택", "스킬", "보유기술", "기술스택", "역량", "보유 역량", "사용 기술"],
        [SectionKinds.Projects] = ["프로젝트", "프로젝트 이력", "프로젝트 경험", "프로젝트 경력", "개인 프로젝트", "주요 프로젝트", "프로젝트 산출물"],
        [SectionKinds.Certificates] = ["자격증", "자격 사항", "자격사항", "자격", "보유 자격증", "자격증 및 수상"],
        [SectionKinds.Awards] = ["수상", "수상 내역", "수상 경력", "수상내역", "수상경력", "수상 이력"],
        [SectionKinds.Publications] = ["논문", "연구 실적", "연구실적", "발표 논문"],
        [SectionKinds.Volunteer] = ["대외활동", "대외 활동", "활동", "봉사활동", "봉사 활동", "동아리"],
        [SectionKinds.Languages] = ["어학", "외국어", "어학 능력", "어학능력", "언어"],
        [SectionKinds.Interests] = ["취미", "관심 분야", "관심분야", "취미 및 특기"],
        // Military service in a Korean resume is a fact of one line, not a first employer.
        [SectionKinds.Other] = ["병역", "병역 사항", "병역사항", "자기소개서"],
        [SectionKind.Contact] = ["인적사항", "인적 사항", "연락처", "개인정보", "개인 정보", "기본 정보"],
    };

    public static Dictionary<string, string[]> Ukrainian { get; } = new()
    {
        [SectionKinds.Summary] = ["про себе", "про мене", "профіль", "мета"],
        [SectionKinds.Work] = ["досвід роботи", "досвід", "професійний досвід", "трудова діяльність", "місця роботи"],
        [SectionKinds.Education] = ["освіта", "вища освіта", "навчання"],
        [SectionKinds.Skills] = ["навички", "технічні навички", "ключові навички", "професійні навички", "компетенції", "вміння"],
        [SectionKinds.Languages] = ["мови", "знання мов", "іноземні мови", "володіння мовами"],
        [SectionKinds.Interests] = ["хобі", "інтереси", "захоплення"],
        [SectionKinds.Certificates] = ["сертифікати", "курси", "курси та сертифікати", "сертифікація"],
        [SectionKinds.Awards] = ["нагороди", "досягнення"],
        [SectionKinds.Publications] = ["публікації"],
        [SectionKinds.Projects] = ["проекти", "проєкти"],
        [SectionKinds.Volunteer] = ["волонтерство", "волонтерський досвід"],
        [SectionKinds.References] = ["рекомендації"],
        [SectionKind.Contact] = ["контакти", "контактна інформація", "особиста інформація", "соціальні посилання", "посилання"],
    };

    public static Dictionary<string, string[]> Bulgarian { get; } = new()
    {
        [SectionKinds.Summary] = ["за мен", "профил"],
        [SectionKinds.Work] = ["трудов стаж", "професионален опит", "опит", "трудов опит", "работен опит"],
        [SectionKinds.Education] = ["образование", "обучение"],
        [SectionKinds.Skills] = ["умения", "умения и компетенции", "технически умения", "компютърни умения", "познания"],
        [SectionKinds.Languages] = ["езици", "чужди езици", "езикови умения"],
        [SectionKinds.Interests] = ["интереси", "хобита"],
        [SectionKinds.Certificates] = ["сертификати", "курсове"],
        [SectionKinds.Awards] = ["награди", "постижения"],
        [SectionKinds.Projects] = ["проекти"],
        [SectionKind.Contact] = ["контакти", "лична информация"],
    };

    /// <summary>Greek, compared without its accents (the tonos), as upper-case headings drop them.</summary>
    public static Dictionary<string, string[]> Greek { get; } = new()
    {
        [SectionKinds.Summary] = ["προφίλ", "σχετικά με εμένα", "περίληψη", "στόχος", "σύνοψη"],
        [SectionKinds.Work] = ["επαγγελματική εμπειρία", "εμπειρία", "εργασιακή εμπειρία", "προϋπηρεσία", "επαγγελματική πορεία"],
        [SectionKinds.Education] = ["εκπαίδευση", "σπουδές", "ακαδημαϊκή εκπαίδευση", "εκπαίδευση και κατάρτιση"],
        [SectionKinds.Skills] = ["δεξιότητες", "τεχνικές δεξιότητες", "ικανότητες", "γνώσεις", "δεξιότητες και ικανότητες"],
        [SectionKinds.Languages] = ["γλώσσες", "ξένες γλώσσες", "γλωσσικές δεξιότητες"],
        [SectionKinds.Interests] = ["ενδιαφέροντα", "χόμπι"],
        [SectionKinds.Certificates] = ["πιστοποιήσεις", "πιστοποιητικά", "σεμινάρια"],
        [SectionKinds.Awards] = ["βραβεία", "διακρίσεις", "βραβεία και διακρίσεις"],
        [SectionKinds.Publications] = ["δημοσιεύσεις"],
        [SectionKinds.Projects] = ["έργα"],
        [SectionKinds.Volunteer] = ["εθελοντισμός", "εθελοντική εργασία"],
        [SectionKind.Contact] = ["στοιχεία επικοινωνίας", "επικοινωνία", "προσωπικά στοιχεία"],
    };

    /// <summary>Arabic, Persian and Hebrew: right-to-left scripts, compared as letters like the rest.</summary>
    public static Dictionary<string, string[]> RightToLeft { get; } = new()
    {
        [SectionKinds.Summary] = ["نبذة", "نبذة عني", "الملخص", "الهدف الوظيفي", "درباره من", "خلاصه", "תקציר", "פרופיל", "אודות"],
        [SectionKinds.Work] =
        [
            "الخبرات", "الخبرة العملية", "الخبرات العملية", "الخبرة المهنية", "الخبرات المهنية", "سوابق کاری", "سوابق شغلی",
            "تجربه کاری", "ניסיון תעסוקתי", "ניסיון מקצועי", "ניסיון",
        ],
        [SectionKinds.Education] = ["التعليم", "المؤهلات العلمية", "المؤهل العلمي", "تحصیلات", "سوابق تحصیلی", "השכלה"],
        [SectionKinds.Skills] = ["المهارات", "المهارات التقنية", "مهارت‌ها", "مهارتها", "مهارت ها", "כישורים", "מיומנויות"],
        [SectionKinds.Languages] = ["اللغات", "زبان‌ها", "زبانها", "שפות"],
        [SectionKinds.Certificates] = ["الشهادات", "الدورات", "گواهینامه‌ها", "دوره‌ها", "תעודות", "קורסים"],
        [SectionKinds.Projects] = ["المشاريع", "پروژه‌ها", "پروژه ها", "פרויקטים"],
        [SectionKinds.Awards] = ["الجوائز", "افتخارات", "פרסים"],
        [SectionKinds.Interests] = ["الهوايات", "علاقه‌مندی‌ها", "תחביבים"],
        [SectionKind.Contact] = ["معلومات التواصل", "اطلاعات تماس", "פרטים אישיים", "פרטי קשר"],
    };

    public static IEnumerable<Dictionary<string, string[]>> All => [Chinese, Japanese, Korean, Ukrainian, Bulgarian, Greek, RightToLeft];
}
