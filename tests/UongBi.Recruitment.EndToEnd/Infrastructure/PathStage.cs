namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>A stage of the admission path as the Vietnamese pages show it: "5. Chi bộ xét, đề nghị kết nạp".</summary>
public sealed record PathStage(int Number, string Name)
{
    public static readonly PathStage Source = new(1, "Nguồn phát triển đảng viên");
    public static readonly PathStage Sympathiser = new(2, "Quần chúng cảm tình Đảng");
    public static readonly PathStage Dossier = new(3, "Hoàn thiện hồ sơ");
    public static readonly PathStage Verification = new(4, "Thẩm tra lý lịch");
    public static readonly PathStage CellResolution = new(5, "Chi bộ xét, đề nghị kết nạp");
    public static readonly PathStage CommitteeReview = new(6, "Đảng ủy cơ sở xét duyệt");
    public static readonly PathStage Decision = new(7, "Quyết định kết nạp");
    public static readonly PathStage Probationary = new(8, "Đảng viên dự bị");
    public static readonly PathStage Official = new(9, "Đảng viên chính thức");

    public string Label => $"{Number}. {Name}";

    public override string ToString() => Label;
}
