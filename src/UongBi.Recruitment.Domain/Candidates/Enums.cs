namespace UongBi.Recruitment.Domain.Candidates;

/// <summary>The statutory admission path, in order. Numbers are the stage numbers users know.</summary>
public enum Stage
{
    /// <summary>Nguồn phát triển đảng viên.</summary>
    Source = 1,

    /// <summary>Quần chúng cảm tình Đảng.</summary>
    Sympathiser = 2,

    /// <summary>Hoàn thiện hồ sơ.</summary>
    Dossier = 3,

    /// <summary>Thẩm tra lý lịch.</summary>
    Verification = 4,

    /// <summary>Chi bộ xét, đề nghị kết nạp (6-KNĐ).</summary>
    CellResolution = 5,

    /// <summary>Đảng ủy cơ sở xét duyệt (8-KNĐ).</summary>
    CommitteeReview = 6,

    /// <summary>Quyết định kết nạp (9-KNĐ).</summary>
    Decision = 7,

    /// <summary>Đảng viên dự bị: entered on the date of the admission ceremony.</summary>
    Probationary = 8,

    /// <summary>Đảng viên chính thức.</summary>
    Official = 9,
}

/// <summary>Source groups named in the seed article.</summary>
public enum Category
{
    /// <summary>Đoàn viên thanh niên.</summary>
    YouthUnionMember = 1,

    /// <summary>Quân nhân xuất ngũ.</summary>
    DemobilisedSoldier = 2,

    /// <summary>Thanh niên phát triển kinh tế.</summary>
    YoungEntrepreneur = 3,

    /// <summary>Người lao động tại doanh nghiệp.</summary>
    EnterpriseWorker = 4,

    /// <summary>Học sinh, sinh viên.</summary>
    Student = 5,

    Other = 9,
}

public enum Gender
{
    Male = 1,
    Female = 2,
}

/// <summary>General education (trình độ giáo dục phổ thông).</summary>
public enum GeneralEducation
{
    None = 0,

    /// <summary>Tiểu học.</summary>
    Primary = 1,

    /// <summary>THCS: the statutory minimum.</summary>
    LowerSecondary = 2,

    /// <summary>THPT.</summary>
    UpperSecondary = 3,
}

/// <summary>Why a candidate left the path (dừng / loại khỏi nguồn).</summary>
public enum DropReason
{
    UnderAge = 1,
    OverAge = 2,
    NoLowerSecondary = 3,
    VerificationFailed = 4,
    DocumentsExpired = 5,
    MovedAway = 6,
    RemovedFromSympathiserList = 7,
    CellVoteFailed = 8,
    CommitteeRefused = 9,
    SuperiorRefused = 10,
    NotRecognisedAfterProbation = 11,
    Withdrew = 12,
    Deceased = 13,
    Other = 99,
}

/// <summary>What a stage-history row records.</summary>
public enum StageChangeKind
{
    Created = 0,
    Advanced = 1,
    Dropped = 2,
    Reinstated = 3,
}
