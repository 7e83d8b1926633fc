using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UongBi.Recruitment.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    User = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Batches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CityPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CityPlans", x => x.Id);
                    table.CheckConstraint("CK_CityPlans_Count", "\"Count\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Wards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PartyCommitteeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wards_Wards_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BatchWards",
                columns: table => new
                {
                    AdmissionBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    WardsId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BatchWards", x => new { x.AdmissionBatchId, x.WardsId });
                    table.ForeignKey(
                        name: "FK_BatchWards_Batches_AdmissionBatchId",
                        column: x => x.AdmissionBatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BatchWards_Wards_WardsId",
                        column: x => x.WardsId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Cells",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentialZone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cells", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cells_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => x.Id);
                    table.CheckConstraint("CK_Targets_Count", "\"Count\" >= 0");
                    table.ForeignKey(
                        name: "FK_Targets_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Candidates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Gender = table.Column<int>(type: "INTEGER", nullable: false),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Religion = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CitizenId = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 12, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ResidentialZone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GeneralEducation = table.Column<int>(type: "INTEGER", nullable: false),
                    EducationExceptionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ProfessionalEducation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Occupation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Workplace = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsYouthUnionMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    YouthUnionPosition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OverAgeConsentRef = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FormerMemberLeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WardId = table.Column<int>(type: "INTEGER", nullable: false),
                    CellId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    BatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SourceRef = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SympathiserOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SympathiserRef = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DossierOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerificationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VerificationRef = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CellResolutionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CellResolutionRef = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CellVotesFor = table.Column<int>(type: "INTEGER", nullable: true),
                    CellVotesEligible = table.Column<int>(type: "INTEGER", nullable: true),
                    CommitteeReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommitteeReviewRef = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CommitteeVotesFor = table.Column<int>(type: "INTEGER", nullable: true),
                    CommitteeVotesEligible = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecisionExtended = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OfficialOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OfficialRef = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CertificateOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApplicationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PersonalHistoryOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IntroductionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DroppedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DropReason = table.Column<int>(type: "INTEGER", nullable: true),
                    DropNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Candidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Candidates_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Candidates_Cells_CellId",
                        column: x => x.CellId,
                        principalTable: "Cells",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Candidates_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CandidateHelpers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CandidateId = table.Column<int>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    PartyCardNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReplacedById = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateHelpers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateHelpers_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CandidateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStage = table.Column<int>(type: "INTEGER", nullable: true),
                    ToStage = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DocumentRef = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DropReason = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageChanges_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityKey",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Batches_Date",
                table: "Batches",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_BatchWards_WardsId",
                table: "BatchWards",
                column: "WardsId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateHelpers_CandidateId",
                table: "CandidateHelpers",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_Admitted_Covering",
                table: "Candidates",
                columns: new[] { "AdmittedOn", "WardId", "CellId", "Category", "Gender", "BirthDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_BatchId",
                table: "Candidates",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_CellId",
                table: "Candidates",
                column: "CellId");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_CitizenId",
                table: "Candidates",
                column: "CitizenId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_SearchKey",
                table: "Candidates",
                column: "SearchKey");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_WardId_Stage_CellResolutionOn",
                table: "Candidates",
                columns: new[] { "WardId", "Stage", "CellResolutionOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cells_WardId_Name",
                table: "Cells",
                columns: new[] { "WardId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CityPlans_Year",
                table: "CityPlans",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StageChanges_CandidateId_RecordedAt",
                table: "StageChanges",
                columns: new[] { "CandidateId", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Targets_WardId",
                table: "Targets",
                column: "WardId");

            migrationBuilder.CreateIndex(
                name: "IX_Targets_Year_WardId",
                table: "Targets",
                columns: new[] { "Year", "WardId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wards_Code",
                table: "Wards",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wards_SuccessorId",
                table: "Wards",
                column: "SuccessorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BatchWards");

            migrationBuilder.DropTable(
                name: "CandidateHelpers");

            migrationBuilder.DropTable(
                name: "CityPlans");

            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "StageChanges");

            migrationBuilder.DropTable(
                name: "Targets");

            migrationBuilder.DropTable(
                name: "Candidates");

            migrationBuilder.DropTable(
                name: "Batches");

            migrationBuilder.DropTable(
                name: "Cells");

            migrationBuilder.DropTable(
                name: "Wards");
        }
    }
}
