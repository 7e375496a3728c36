using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ZezhouDisclosure.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InteractionsAndSentiment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CitizenMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(14)", maxLength: 14, nullable: false),
                    SubmissionKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    QueryCodeHash = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    AddressedOrganisationId = table.Column<int>(type: "int", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PageUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    PublicationConsent = table.Column<bool>(type: "bit", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Reply = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RepliedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RepliedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    AnsweredByOrganisationId = table.Column<int>(type: "int", nullable: true),
                    RejectionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    MergedIntoId = table.Column<int>(type: "int", nullable: true),
                    IsPublished = table.Column<bool>(type: "bit", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenMessages_CitizenMessages_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "CitizenMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenMessages_Organisations_AddressedOrganisationId",
                        column: x => x.AddressedOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenMessages_Organisations_AnsweredByOrganisationId",
                        column: x => x.AnsweredByOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenMessages_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SentimentCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Topic = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    LiaisonName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    HandlerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    FirstResponseAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    VerificationRequestedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    VerificationAnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentimentCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MessageRouting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CitizenMessageId = table.Column<int>(type: "int", nullable: false),
                    FromOrganisationId = table.Column<int>(type: "int", nullable: true),
                    ToOrganisationId = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageRouting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MessageRouting_CitizenMessages_CitizenMessageId",
                        column: x => x.CitizenMessageId,
                        principalTable: "CitizenMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MessageRouting_Organisations_FromOrganisationId",
                        column: x => x.FromOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MessageRouting_Organisations_ToOrganisationId",
                        column: x => x.ToOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SentimentCaseUnit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SentimentCaseId = table.Column<int>(type: "int", nullable: false),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    IsLead = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentimentCaseUnit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentimentCaseUnit_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SentimentCaseUnit_SentimentCases_SentimentCaseId",
                        column: x => x.SentimentCaseId,
                        principalTable: "SentimentCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentimentEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SentimentCaseId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ResponseKind = table.Column<int>(type: "int", nullable: true),
                    Reference = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentimentEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentimentEntry_SentimentCases_SentimentCaseId",
                        column: x => x.SentimentCaseId,
                        principalTable: "SentimentCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenMessages_AddressedOrganisationId",
                table: "CitizenMessages",
                column: "AddressedOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenMessages_AnsweredByOrganisationId",
                table: "CitizenMessages",
                column: "AnsweredByOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenMessages_IsPublished_AnsweredOn",
                table: "CitizenMessages",
                columns: new[] { "IsPublished", "AnsweredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenMessages_MergedIntoId",
                table: "CitizenMessages",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenMessages_Number",
                table: "CitizenMessages",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CitizenMessages_OrganisationId_Status_DueOn",
                table: "CitizenMessages",
                columns: new[] { "OrganisationId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenMessages_SubmissionKey",
                table: "CitizenMessages",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MessageRouting_CitizenMessageId",
                table: "MessageRouting",
                column: "CitizenMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageRouting_FromOrganisationId",
                table: "MessageRouting",
                column: "FromOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageRouting_ToOrganisationId",
                table: "MessageRouting",
                column: "ToOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SentimentCases_Status_FirstSeenAt",
                table: "SentimentCases",
                columns: new[] { "Status", "FirstSeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SentimentCaseUnit_OrganisationId",
                table: "SentimentCaseUnit",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_SentimentCaseUnit_SentimentCaseId_OrganisationId",
                table: "SentimentCaseUnit",
                columns: new[] { "SentimentCaseId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentimentEntry_SentimentCaseId",
                table: "SentimentEntry",
                column: "SentimentCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MessageRouting");

            migrationBuilder.DropTable(
                name: "SentimentCaseUnit");

            migrationBuilder.DropTable(
                name: "SentimentEntry");

            migrationBuilder.DropTable(
                name: "CitizenMessages");

            migrationBuilder.DropTable(
                name: "SentimentCases");
        }
    }
}
