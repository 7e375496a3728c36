IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(64) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(50) NOT NULL,
        [OrganisationId] int NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(512) NULL,
        [SecurityStamp] nvarchar(64) NULL,
        [ConcurrencyStamp] nvarchar(64) NULL,
        [PhoneNumber] nvarchar(32) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [UserId] nvarchar(64) NULL,
        [UserName] nvarchar(256) NOT NULL,
        [IpAddress] nvarchar(64) NULL,
        [Action] nvarchar(64) NOT NULL,
        [EntityType] nvarchar(64) NOT NULL,
        [EntityId] nvarchar(64) NOT NULL,
        [OrganisationId] int NULL,
        [Summary] nvarchar(2000) NOT NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [CalendarDays] (
        [Date] date NOT NULL,
        [Kind] int NOT NULL,
        [Name] nvarchar(50) NOT NULL,
        CONSTRAINT [PK_CalendarDays] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [CalendarYears] (
        [Year] int NOT NULL,
        [Notice] nvarchar(200) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CalendarYears] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [Columns] (
        [Id] int NOT NULL IDENTITY,
        [ParentId] int NULL,
        [Slug] nvarchar(64) NOT NULL,
        [Path] nvarchar(300) NOT NULL,
        [Depth] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] int NOT NULL,
        [Description] nvarchar(4000) NULL,
        [LegalBasis] nvarchar(200) NULL,
        [SortOrder] int NOT NULL,
        [AcceptsDocuments] bit NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Columns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Columns_Columns_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [Columns] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(200) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [Organisations] (
        [Id] int NOT NULL IDENTITY,
        [Slug] nvarchar(64) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] int NOT NULL,
        [IndexCode] nvarchar(32) NOT NULL,
        [StatisticalCode] nvarchar(32) NULL,
        [TownshipType] nvarchar(8) NULL,
        [ValidFrom] date NULL,
        [ValidTo] date NULL,
        [SuccessorId] int NULL,
        [IsInferred] bit NOT NULL,
        [SourceNote] nvarchar(2000) NULL,
        [Address] nvarchar(200) NULL,
        [Phone] nvarchar(100) NULL,
        [OfficeHours] nvarchar(200) NULL,
        [SortOrder] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Organisations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Organisations_Organisations_SuccessorId] FOREIGN KEY ([SuccessorId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [PilotAreas] (
        [Id] int NOT NULL IDENTITY,
        [Number] int NOT NULL,
        [Slug] nvarchar(64) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [AttachmentRow] int NOT NULL,
        CONSTRAINT [PK_PilotAreas] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [TopicCategories] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_TopicCategories] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(256) NULL,
        [ClaimValue] nvarchar(1000) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(256) NULL,
        [ClaimValue] nvarchar(1000) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(128) NOT NULL,
        [ProviderKey] nvarchar(128) NOT NULL,
        [ProviderDisplayName] nvarchar(256) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(128) NOT NULL,
        [Name] nvarchar(128) NOT NULL,
        [Value] nvarchar(1000) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [CatalogueVersions] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Number] int NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [ApprovedAt] datetime2 NOT NULL,
        [ApprovedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_CatalogueVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CatalogueVersions_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [DisclosureRequests] (
        [Id] int NOT NULL IDENTITY,
        [SubmissionKey] nvarchar(64) NOT NULL,
        [QueryCodeHash] nvarchar(128) NULL,
        [Number] nvarchar(15) NOT NULL,
        [OrganisationId] int NOT NULL,
        [ApplicantType] int NOT NULL,
        [ApplicantName] nvarchar(200) NOT NULL,
        [IdType] int NOT NULL,
        [IdNumber] nvarchar(500) NOT NULL,
        [Phone] nvarchar(32) NULL,
        [Email] nvarchar(256) NULL,
        [PostalAddress] nvarchar(300) NULL,
        [Description] nvarchar(4000) NOT NULL,
        [Form] int NOT NULL,
        [ReceivingMethod] int NOT NULL,
        [Channel] int NOT NULL,
        [ReceivedOn] date NOT NULL,
        [Status] int NOT NULL,
        [AcceptedOn] date NULL,
        [SupplementItems] nvarchar(2000) NULL,
        [SupplementRequestedOn] date NULL,
        [SupplementDeadline] date NULL,
        [SupplementReceivedOn] date NULL,
        [ExtensionRequestedDays] int NULL,
        [ExtensionReason] nvarchar(2000) NULL,
        [ExtensionRequestedBy] nvarchar(256) NULL,
        [ExtensionDays] int NOT NULL,
        [ExtensionApprovedBy] nvarchar(256) NULL,
        [Outcome] int NULL,
        [DecisionText] nvarchar(4000) NULL,
        [DecisionProposedOn] date NULL,
        [DecisionProposedBy] nvarchar(256) NULL,
        [ReviewComment] nvarchar(2000) NULL,
        [ApprovedBy] nvarchar(256) NULL,
        [ApprovedOn] date NULL,
        [DeliveryMethod] int NULL,
        [DeliveredOn] date NULL,
        [ClosedOn] date NULL,
        [TransferredToOrganisationId] int NULL,
        [TransferReason] nvarchar(2000) NULL,
        [TransferredFromRequestId] int NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_DisclosureRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DisclosureRequests_DisclosureRequests_TransferredFromRequestId] FOREIGN KEY ([TransferredFromRequestId]) REFERENCES [DisclosureRequests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DisclosureRequests_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DisclosureRequests_Organisations_TransferredToOrganisationId] FOREIGN KEY ([TransferredToOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [IndexNumberSequences] (
        [OrganisationId] int NOT NULL,
        [Year] int NOT NULL,
        [LastValue] int NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_IndexNumberSequences] PRIMARY KEY ([OrganisationId], [Year]),
        CONSTRAINT [FK_IndexNumberSequences_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [TownshipCatalogues] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Status] int NOT NULL,
        [ReviewComment] nvarchar(2000) NULL,
        [SubmittedAt] datetime2 NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [ReviewedAt] datetime2 NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [PublishedVersionNumber] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_TownshipCatalogues] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TownshipCatalogues_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [CatalogueTemplates] (
        [Id] int NOT NULL IDENTITY,
        [PilotAreaId] int NOT NULL,
        [Revision] int NOT NULL,
        [NeedsCompletion] bit NOT NULL,
        [Note] nvarchar(2000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CatalogueTemplates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CatalogueTemplates_PilotAreas_PilotAreaId] FOREIGN KEY ([PilotAreaId]) REFERENCES [PilotAreas] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [PilotAreaResponsibility] (
        [PilotAreaId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        CONSTRAINT [PK_PilotAreaResponsibility] PRIMARY KEY ([PilotAreaId], [OrganisationId]),
        CONSTRAINT [FK_PilotAreaResponsibility_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_PilotAreaResponsibility_PilotAreas_PilotAreaId] FOREIGN KEY ([PilotAreaId]) REFERENCES [PilotAreas] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [Documents] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [JointIssuerIds] nvarchar(max) NOT NULL,
        [ColumnId] int NOT NULL,
        [TopicCategoryId] int NULL,
        [Title] nvarchar(300) NOT NULL,
        [BodyHtml] nvarchar(max) NOT NULL,
        [DocumentNumber] nvarchar(100) NULL,
        [WrittenOn] date NULL,
        [Summary] nvarchar(500) NULL,
        [NormalisedDocumentNumber] nvarchar(100) NULL,
        [Keywords] nvarchar(200) NULL,
        [Genre] nvarchar(20) NULL,
        [FivePublic] int NULL,
        [IsNormative] bit NOT NULL,
        [EffectiveOn] date NULL,
        [ExpiresOn] date NULL,
        [RevisionCount] int NOT NULL,
        [ScheduledAt] datetime2 NULL,
        [AwaitingPostReview] bit NOT NULL,
        [FilingAcknowledgedAt] datetime2 NULL,
        [FilingAcknowledgedBy] nvarchar(256) NULL,
        [InterpretationForm] int NULL,
        [InterpretationChannels] int NOT NULL,
        [InterpretingUnit] nvarchar(200) NULL,
        [NoInterpretationReason] nvarchar(500) NULL,
        [WithdrawnAt] datetime2 NULL,
        [WithdrawnBy] nvarchar(256) NULL,
        [WithdrawalReason] nvarchar(500) NULL,
        [Attribute] int NULL,
        [Ground] int NULL,
        [Reason] nvarchar(2000) NULL,
        [Status] int NOT NULL,
        [Validity] int NOT NULL,
        [IndexNumber] nvarchar(64) NULL,
        [PublishedAt] datetime2 NULL,
        [SubmittedAt] datetime2 NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [ReviewedAt] datetime2 NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewComment] nvarchar(2000) NULL,
        [IsDeleted] bit NOT NULL,
        [DeletedAt] datetime2 NULL,
        [DeletedBy] nvarchar(256) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Documents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Documents_Columns_ColumnId] FOREIGN KEY ([ColumnId]) REFERENCES [Columns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Documents_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Documents_TopicCategories_TopicCategoryId] FOREIGN KEY ([TopicCategoryId]) REFERENCES [TopicCategories] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [CatalogueVersionArea] (
        [Id] int NOT NULL IDENTITY,
        [CatalogueVersionId] int NOT NULL,
        [PilotAreaId] int NOT NULL,
        [AreaName] nvarchar(200) NOT NULL,
        [NotInvolved] bit NOT NULL,
        [Explanation] nvarchar(2000) NULL,
        CONSTRAINT [PK_CatalogueVersionArea] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CatalogueVersionArea_CatalogueVersions_CatalogueVersionId] FOREIGN KEY ([CatalogueVersionId]) REFERENCES [CatalogueVersions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [CatalogueVersionItem] (
        [Id] int NOT NULL IDENTITY,
        [CatalogueVersionId] int NOT NULL,
        [SourceItemId] int NOT NULL,
        [PilotAreaId] int NULL,
        [AreaName] nvarchar(200) NOT NULL,
        [TemplateItemId] int NULL,
        [NotInvolved] bit NOT NULL,
        [NotInvolvedExplanation] nvarchar(2000) NULL,
        [Number] int NOT NULL,
        [Level1] nvarchar(200) NOT NULL,
        [Level2] nvarchar(200) NOT NULL,
        [Level3] nvarchar(200) NULL,
        [Content] nvarchar(4000) NOT NULL,
        [Basis] nvarchar(2000) NULL,
        [TimeLimit] nvarchar(300) NOT NULL,
        [TimeLimitKind] int NOT NULL,
        [TimeLimitDays] int NOT NULL,
        [Subject] nvarchar(200) NOT NULL,
        [Channels] int NOT NULL,
        [Audience] int NOT NULL,
        [Mode] int NOT NULL,
        [Levels] int NOT NULL,
        CONSTRAINT [PK_CatalogueVersionItem] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CatalogueVersionItem_CatalogueVersions_CatalogueVersionId] FOREIGN KEY ([CatalogueVersionId]) REFERENCES [CatalogueVersions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [RequestConsultations] (
        [Id] int NOT NULL IDENTITY,
        [DisclosureRequestId] int NOT NULL,
        [Kind] int NOT NULL,
        [Party] nvarchar(200) NOT NULL,
        [StartedOn] date NOT NULL,
        [EndedOn] date NULL,
        [Opinion] nvarchar(2000) NULL,
        CONSTRAINT [PK_RequestConsultations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RequestConsultations_DisclosureRequests_DisclosureRequestId] FOREIGN KEY ([DisclosureRequestId]) REFERENCES [DisclosureRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [TownshipCatalogueArea] (
        [Id] int NOT NULL IDENTITY,
        [TownshipCatalogueId] int NOT NULL,
        [PilotAreaId] int NOT NULL,
        [TemplateRevision] int NOT NULL,
        [NotInvolved] bit NOT NULL,
        [Explanation] nvarchar(2000) NULL,
        CONSTRAINT [PK_TownshipCatalogueArea] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TownshipCatalogueArea_PilotAreas_PilotAreaId] FOREIGN KEY ([PilotAreaId]) REFERENCES [PilotAreas] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TownshipCatalogueArea_TownshipCatalogues_TownshipCatalogueId] FOREIGN KEY ([TownshipCatalogueId]) REFERENCES [TownshipCatalogues] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [CatalogueTemplateRevision] (
        [Id] int NOT NULL IDENTITY,
        [CatalogueTemplateId] int NOT NULL,
        [Revision] int NOT NULL,
        [Summary] nvarchar(300) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_CatalogueTemplateRevision] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CatalogueTemplateRevision_CatalogueTemplates_CatalogueTemplateId] FOREIGN KEY ([CatalogueTemplateId]) REFERENCES [CatalogueTemplates] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [TemplateItem] (
        [Id] int NOT NULL IDENTITY,
        [CatalogueTemplateId] int NOT NULL,
        [ChangedInRevision] int NOT NULL,
        [IsWithdrawn] bit NOT NULL,
        [Number] int NOT NULL,
        [Level1] nvarchar(200) NOT NULL,
        [Level2] nvarchar(200) NOT NULL,
        [Level3] nvarchar(200) NULL,
        [Content] nvarchar(4000) NOT NULL,
        [Basis] nvarchar(2000) NULL,
        [TimeLimit] nvarchar(300) NOT NULL,
        [TimeLimitKind] int NOT NULL,
        [TimeLimitDays] int NOT NULL,
        [Subject] nvarchar(200) NOT NULL,
        [Channels] int NOT NULL,
        [Audience] int NOT NULL,
        [Mode] int NOT NULL,
        [Levels] int NOT NULL,
        CONSTRAINT [PK_TemplateItem] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TemplateItem_CatalogueTemplates_CatalogueTemplateId] FOREIGN KEY ([CatalogueTemplateId]) REFERENCES [CatalogueTemplates] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [DocumentAttachments] (
        [Id] int NOT NULL IDENTITY,
        [DocumentId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [StorageKey] nvarchar(100) NOT NULL,
        [Kind] int NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [HasTextLayer] bit NULL,
        [ExtractedText] nvarchar(max) NULL,
        [SortOrder] int NOT NULL,
        [IsDeleted] bit NOT NULL,
        [DeletedAt] datetime2 NULL,
        [DeletedBy] nvarchar(256) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_DocumentAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DocumentAttachments_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DocumentAttachments_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [DocumentRevisions] (
        [Id] bigint NOT NULL IDENTITY,
        [DocumentId] int NOT NULL,
        [Number] int NOT NULL,
        [Note] nvarchar(100) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [BodyHtml] nvarchar(max) NOT NULL,
        [ColumnId] int NOT NULL,
        [TopicCategoryId] int NULL,
        [DocumentNumber] nvarchar(100) NULL,
        [WrittenOn] date NULL,
        [Summary] nvarchar(500) NULL,
        [Keywords] nvarchar(200) NULL,
        [Genre] nvarchar(20) NULL,
        [FivePublic] int NULL,
        [Attribute] int NULL,
        [Ground] int NULL,
        [Reason] nvarchar(2000) NULL,
        [JointIssuerIds] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_DocumentRevisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DocumentRevisions_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [InterpretationLinks] (
        [PolicyId] int NOT NULL,
        [InterpretationId] int NOT NULL,
        CONSTRAINT [PK_InterpretationLinks] PRIMARY KEY ([PolicyId], [InterpretationId]),
        CONSTRAINT [FK_InterpretationLinks_Documents_InterpretationId] FOREIGN KEY ([InterpretationId]) REFERENCES [Documents] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_InterpretationLinks_Documents_PolicyId] FOREIGN KEY ([PolicyId]) REFERENCES [Documents] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [TemplateRevisionItem] (
        [Id] int NOT NULL IDENTITY,
        [CatalogueTemplateRevisionId] int NOT NULL,
        [Number] int NOT NULL,
        [Level1] nvarchar(200) NOT NULL,
        [Level2] nvarchar(200) NOT NULL,
        [Level3] nvarchar(200) NULL,
        [Content] nvarchar(4000) NOT NULL,
        [Basis] nvarchar(2000) NULL,
        [TimeLimit] nvarchar(300) NOT NULL,
        [TimeLimitKind] int NOT NULL,
        [TimeLimitDays] int NOT NULL,
        [Subject] nvarchar(200) NOT NULL,
        [Channels] int NOT NULL,
        [Audience] int NOT NULL,
        [Mode] int NOT NULL,
        [Levels] int NOT NULL,
        CONSTRAINT [PK_TemplateRevisionItem] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TemplateRevisionItem_CatalogueTemplateRevision_CatalogueTemplateRevisionId] FOREIGN KEY ([CatalogueTemplateRevisionId]) REFERENCES [CatalogueTemplateRevision] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [TownshipCatalogueItem] (
        [Id] int NOT NULL IDENTITY,
        [TownshipCatalogueId] int NOT NULL,
        [PilotAreaId] int NULL,
        [TemplateItemId] int NULL,
        [NotInvolved] bit NOT NULL,
        [NotInvolvedExplanation] nvarchar(2000) NULL,
        [ReviewComment] nvarchar(2000) NULL,
        [LocallyEdited] bit NOT NULL,
        [Number] int NOT NULL,
        [Level1] nvarchar(200) NOT NULL,
        [Level2] nvarchar(200) NOT NULL,
        [Level3] nvarchar(200) NULL,
        [Content] nvarchar(4000) NOT NULL,
        [Basis] nvarchar(2000) NULL,
        [TimeLimit] nvarchar(300) NOT NULL,
        [TimeLimitKind] int NOT NULL,
        [TimeLimitDays] int NOT NULL,
        [Subject] nvarchar(200) NOT NULL,
        [Channels] int NOT NULL,
        [Audience] int NOT NULL,
        [Mode] int NOT NULL,
        [Levels] int NOT NULL,
        CONSTRAINT [PK_TownshipCatalogueItem] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TownshipCatalogueItem_PilotAreas_PilotAreaId] FOREIGN KEY ([PilotAreaId]) REFERENCES [PilotAreas] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TownshipCatalogueItem_TemplateItem_TemplateItemId] FOREIGN KEY ([TemplateItemId]) REFERENCES [TemplateItem] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_TownshipCatalogueItem_TownshipCatalogues_TownshipCatalogueId] FOREIGN KEY ([TownshipCatalogueId]) REFERENCES [TownshipCatalogues] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE TABLE [CatalogueItemDocuments] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [TownshipCatalogueItemId] int NOT NULL,
        [DocumentId] int NOT NULL,
        [FiledAt] datetime2 NOT NULL,
        [FiledBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_CatalogueItemDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CatalogueItemDocuments_Documents_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [Documents] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CatalogueItemDocuments_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CatalogueItemDocuments_TownshipCatalogueItem_TownshipCatalogueItemId] FOREIGN KEY ([TownshipCatalogueItemId]) REFERENCES [TownshipCatalogueItem] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_At] ON [AuditEntries] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_CatalogueItemDocuments_DocumentId] ON [CatalogueItemDocuments] ([DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_CatalogueItemDocuments_OrganisationId] ON [CatalogueItemDocuments] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CatalogueItemDocuments_TownshipCatalogueItemId_DocumentId] ON [CatalogueItemDocuments] ([TownshipCatalogueItemId], [DocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CatalogueTemplateRevision_CatalogueTemplateId_Revision] ON [CatalogueTemplateRevision] ([CatalogueTemplateId], [Revision]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CatalogueTemplates_PilotAreaId] ON [CatalogueTemplates] ([PilotAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_CatalogueVersionArea_CatalogueVersionId] ON [CatalogueVersionArea] ([CatalogueVersionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_CatalogueVersionItem_CatalogueVersionId] ON [CatalogueVersionItem] ([CatalogueVersionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CatalogueVersions_OrganisationId_Number] ON [CatalogueVersions] ([OrganisationId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_Columns_ParentId] ON [Columns] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Columns_Path] ON [Columns] ([Path]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DisclosureRequests_Number] ON [DisclosureRequests] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_DisclosureRequests_OrganisationId_Status] ON [DisclosureRequests] ([OrganisationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_DisclosureRequests_Status_ReceivedOn] ON [DisclosureRequests] ([Status], [ReceivedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DisclosureRequests_SubmissionKey] ON [DisclosureRequests] ([SubmissionKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_DisclosureRequests_TransferredFromRequestId] ON [DisclosureRequests] ([TransferredFromRequestId]) WHERE [TransferredFromRequestId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_DisclosureRequests_TransferredToOrganisationId] ON [DisclosureRequests] ([TransferredToOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_DocumentAttachments_DocumentId_SortOrder] ON [DocumentAttachments] ([DocumentId], [SortOrder]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_DocumentAttachments_OrganisationId] ON [DocumentAttachments] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DocumentAttachments_StorageKey] ON [DocumentAttachments] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DocumentRevisions_DocumentId_Number] ON [DocumentRevisions] ([DocumentId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_Documents_ColumnId] ON [Documents] ([ColumnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Documents_IndexNumber] ON [Documents] ([IndexNumber]) WHERE [IndexNumber] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_Documents_NormalisedDocumentNumber] ON [Documents] ([NormalisedDocumentNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_Documents_OrganisationId_Status_PublishedAt_Id_IsDeleted_ColumnId] ON [Documents] ([OrganisationId], [Status], [PublishedAt], [Id], [IsDeleted], [ColumnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_Documents_Status_ColumnId_PublishedAt_Id_IsDeleted_OrganisationId] ON [Documents] ([Status], [ColumnId], [PublishedAt], [Id], [IsDeleted], [OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_Documents_Status_PublishedAt_Id_ColumnId_IsDeleted_OrganisationId] ON [Documents] ([Status], [PublishedAt], [Id], [ColumnId], [IsDeleted], [OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_Documents_Status_ScheduledAt] ON [Documents] ([Status], [ScheduledAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_Documents_TopicCategoryId] ON [Documents] ([TopicCategoryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_InterpretationLinks_InterpretationId] ON [InterpretationLinks] ([InterpretationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Organisations_Slug] ON [Organisations] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_Organisations_SuccessorId] ON [Organisations] ([SuccessorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_PilotAreaResponsibility_OrganisationId] ON [PilotAreaResponsibility] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PilotAreas_Number] ON [PilotAreas] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PilotAreas_Slug] ON [PilotAreas] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_RequestConsultations_DisclosureRequestId] ON [RequestConsultations] ([DisclosureRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_TemplateItem_CatalogueTemplateId] ON [TemplateItem] ([CatalogueTemplateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_TemplateRevisionItem_CatalogueTemplateRevisionId] ON [TemplateRevisionItem] ([CatalogueTemplateRevisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TopicCategories_Name] ON [TopicCategories] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_TownshipCatalogueArea_PilotAreaId] ON [TownshipCatalogueArea] ([PilotAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TownshipCatalogueArea_TownshipCatalogueId_PilotAreaId] ON [TownshipCatalogueArea] ([TownshipCatalogueId], [PilotAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_TownshipCatalogueItem_PilotAreaId] ON [TownshipCatalogueItem] ([PilotAreaId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_TownshipCatalogueItem_TemplateItemId] ON [TownshipCatalogueItem] ([TemplateItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_TownshipCatalogueItem_TownshipCatalogueId] ON [TownshipCatalogueItem] ([TownshipCatalogueId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TownshipCatalogues_OrganisationId] ON [TownshipCatalogues] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    CREATE INDEX [IX_TownshipCatalogues_Status] ON [TownshipCatalogues] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201221313_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201221313_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003732_AddStaffSessionsAndAuthenticatorTimeStep'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [LastAuthenticatorTimeStep] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003732_AddStaffSessionsAndAuthenticatorTimeStep'
)
BEGIN
    CREATE TABLE [StaffSessions] (
        [Id] nvarchar(32) NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [StartedAt] datetime2 NOT NULL,
        [EndedAt] datetime2 NULL,
        CONSTRAINT [PK_StaffSessions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StaffSessions_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003732_AddStaffSessionsAndAuthenticatorTimeStep'
)
BEGIN
    CREATE INDEX [IX_StaffSessions_UserId] ON [StaffSessions] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202003732_AddStaffSessionsAndAuthenticatorTimeStep'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202003732_AddStaffSessionsAndAuthenticatorTimeStep', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [Organisations] ADD [LegalName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [Organisations] ADD [NoticeNumberPattern] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [Organisations] ADD [UnitSignOff] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [Documents] ADD [IsPolicy] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [Documents] ADD [PublishedAtRevision] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [Documents] ADD [ReturnedAtRevision] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [Documents] ADD [UnitApprovedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [Documents] ADD [UnitApprovedBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [DocumentAttachments] ADD [DisplayName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[DisclosureRequests]') AND [c].[name] = N'PostalAddress');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [DisclosureRequests] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [DisclosureRequests] ALTER COLUMN [PostalAddress] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[DisclosureRequests]') AND [c].[name] = N'Phone');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [DisclosureRequests] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [DisclosureRequests] ALTER COLUMN [Phone] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    DECLARE @var2 nvarchar(max);
    SELECT @var2 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[DisclosureRequests]') AND [c].[name] = N'Email');
    IF @var2 IS NOT NULL EXEC(N'ALTER TABLE [DisclosureRequests] DROP CONSTRAINT ' + @var2 + ';');
    ALTER TABLE [DisclosureRequests] ALTER COLUMN [Email] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [DisclosureRequests] ADD [ReceiptEmailProblem] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [DisclosureRequests] ADD [ReceiptEmailSentAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    ALTER TABLE [DisclosureRequests] ADD [ReplyNoticeNumber] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    CREATE TABLE [NoticeNumberSequences] (
        [OrganisationId] int NOT NULL,
        [Year] int NOT NULL,
        [LastValue] int NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_NoticeNumberSequences] PRIMARY KEY ([OrganisationId], [Year]),
        CONSTRAINT [FK_NoticeNumberSequences_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    CREATE TABLE [RequestReplyFiles] (
        [Id] int NOT NULL IDENTITY,
        [DisclosureRequestId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [StorageKey] nvarchar(100) NOT NULL,
        [Kind] int NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_RequestReplyFiles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RequestReplyFiles_DisclosureRequests_DisclosureRequestId] FOREIGN KEY ([DisclosureRequestId]) REFERENCES [DisclosureRequests] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_RequestReplyFiles_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    CREATE INDEX [IX_RequestReplyFiles_DisclosureRequestId] ON [RequestReplyFiles] ([DisclosureRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    CREATE INDEX [IX_RequestReplyFiles_OrganisationId] ON [RequestReplyFiles] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RequestReplyFiles_StorageKey] ON [RequestReplyFiles] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202014209_EncryptContactsUnitSignOffAndRepliesOnline', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    ALTER TABLE [Organisations] ADD [ContactName] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    ALTER TABLE [Organisations] ADD [MergedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    ALTER TABLE [Organisations] ADD [ParentId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [AnnualReports] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Year] int NOT NULL,
        [Edition] int NOT NULL,
        [CorrectsReportId] int NULL,
        [CorrectionNote] nvarchar(2000) NULL,
        [Status] int NOT NULL,
        [OverviewProactive] nvarchar(4000) NULL,
        [OverviewRequests] nvarchar(4000) NULL,
        [OverviewManagement] nvarchar(4000) NULL,
        [OverviewPlatform] nvarchar(4000) NULL,
        [OverviewSupervision] nvarchar(4000) NULL,
        [Problems] nvarchar(4000) NULL,
        [OtherMatters] nvarchar(4000) NULL,
        [ProcessingFees] decimal(12,2) NULL,
        [Table3Explanation] nvarchar(2000) NULL,
        [Table2Data] nvarchar(2000) NOT NULL,
        [Table3Data] nvarchar(2000) NOT NULL,
        [Table4Data] nvarchar(2000) NOT NULL,
        [ComputedAt] datetime2 NULL,
        [SubmittedAt] datetime2 NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [UnitApprovedAt] datetime2 NULL,
        [UnitApprovedBy] nvarchar(256) NULL,
        [PublishedAt] datetime2 NULL,
        [PublishedBy] nvarchar(256) NULL,
        [ReturnComment] nvarchar(2000) NULL,
        [SupersededAt] datetime2 NULL,
        [SupersededByReportId] int NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_AnnualReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AnnualReports_AnnualReports_CorrectsReportId] FOREIGN KEY ([CorrectsReportId]) REFERENCES [AnnualReports] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AnnualReports_AnnualReports_SupersededByReportId] FOREIGN KEY ([SupersededByReportId]) REFERENCES [AnnualReports] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AnnualReports_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [AppealCases] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Kind] int NOT NULL,
        [FiledOn] date NOT NULL,
        [CaseNumber] nvarchar(100) NULL,
        [DisclosureRequestId] int NULL,
        [Summary] nvarchar(2000) NULL,
        [Outcome] int NULL,
        [DecidedOn] date NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_AppealCases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AppealCases_DisclosureRequests_DisclosureRequestId] FOREIGN KEY ([DisclosureRequestId]) REFERENCES [DisclosureRequests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AppealCases_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [CitizenMessages] (
        [Id] int NOT NULL IDENTITY,
        [Number] nvarchar(14) NOT NULL,
        [SubmissionKey] nvarchar(64) NOT NULL,
        [QueryCodeHash] nvarchar(128) NULL,
        [Kind] int NOT NULL,
        [Category] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [AddressedOrganisationId] int NULL,
        [Title] nvarchar(100) NOT NULL,
        [Content] nvarchar(4000) NOT NULL,
        [Name] nvarchar(100) NULL,
        [Phone] nvarchar(500) NULL,
        [Email] nvarchar(2000) NULL,
        [PageUrl] nvarchar(500) NULL,
        [PublicationConsent] bit NOT NULL,
        [ReceivedAt] datetime2 NOT NULL,
        [ReceivedOn] date NOT NULL,
        [DueOn] date NOT NULL,
        [Status] int NOT NULL,
        [Reply] nvarchar(4000) NULL,
        [RepliedAt] datetime2 NULL,
        [AnsweredOn] date NULL,
        [RepliedBy] nvarchar(256) NULL,
        [AnsweredByOrganisationId] int NULL,
        [RejectionReason] nvarchar(500) NULL,
        [MergedIntoId] int NULL,
        [IsPublished] bit NOT NULL,
        [PublishedAt] datetime2 NULL,
        [ClosedOn] date NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CitizenMessages] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CitizenMessages_CitizenMessages_MergedIntoId] FOREIGN KEY ([MergedIntoId]) REFERENCES [CitizenMessages] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CitizenMessages_Organisations_AddressedOrganisationId] FOREIGN KEY ([AddressedOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CitizenMessages_Organisations_AnsweredByOrganisationId] FOREIGN KEY ([AnsweredByOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CitizenMessages_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [Consultations] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [DraftText] nvarchar(max) NOT NULL,
        [DraftingNotes] nvarchar(4000) NULL,
        [OtherChannels] nvarchar(500) NULL,
        [OpensOn] date NOT NULL,
        [ClosesOn] date NOT NULL,
        [ShortPeriodReason] nvarchar(500) NULL,
        [RequireName] bit NOT NULL,
        [Status] int NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [UnitApprovedAt] datetime2 NULL,
        [UnitApprovedBy] nvarchar(256) NULL,
        [ReviewedAt] datetime2 NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewComment] nvarchar(2000) NULL,
        [PublishedAt] datetime2 NULL,
        [DecisionDocumentId] int NULL,
        [FeedbackStatus] int NOT NULL,
        [FeedbackText] nvarchar(max) NULL,
        [FeedbackReceived] int NOT NULL,
        [FeedbackAdopted] int NOT NULL,
        [FeedbackPartlyAdopted] int NOT NULL,
        [FeedbackNotAdopted] int NOT NULL,
        [FeedbackSubmittedAt] datetime2 NULL,
        [FeedbackSubmittedBy] nvarchar(256) NULL,
        [FeedbackPublishedAt] datetime2 NULL,
        [FeedbackReviewedBy] nvarchar(256) NULL,
        [FeedbackReviewComment] nvarchar(2000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Consultations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Consultations_Documents_DecisionDocumentId] FOREIGN KEY ([DecisionDocumentId]) REFERENCES [Documents] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Consultations_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [Findings] (
        [Id] int NOT NULL IDENTITY,
        [CheckCode] nvarchar(64) NOT NULL,
        [OrganisationId] int NULL,
        [Subject] nvarchar(200) NOT NULL,
        [Level] int NOT NULL,
        [RuleName] nvarchar(100) NOT NULL,
        [Evidence] nvarchar(1000) NOT NULL,
        [Link] nvarchar(500) NULL,
        [FirstSeenAt] datetime2 NOT NULL,
        [LastSeenAt] datetime2 NOT NULL,
        [ClosedAt] datetime2 NULL,
        [TimesReopened] int NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Findings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Findings_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [InspectionRuns] (
        [Id] int NOT NULL IDENTITY,
        [Trigger] int NOT NULL,
        [OrganisationId] int NULL,
        [StartedAt] datetime2 NOT NULL,
        [StartedBy] nvarchar(256) NOT NULL,
        [FinishedAt] datetime2 NULL,
        [ChecksRun] int NOT NULL,
        [Observations] int NOT NULL,
        [Opened] int NOT NULL,
        [Closed] int NOT NULL,
        [FailedChecks] nvarchar(1000) NULL,
        CONSTRAINT [PK_InspectionRuns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InspectionRuns_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [NewMediaAccounts] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Platform] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [AccountId] nvarchar(100) NOT NULL,
        [ResponsiblePerson] nvarchar(100) NOT NULL,
        [OpenedOn] date NOT NULL,
        [Approval] nvarchar(200) NULL,
        [Status] int NOT NULL,
        [ClosedOn] date NULL,
        [ClosureNotice] nvarchar(2000) NULL,
        [LastPostOn] date NULL,
        [LastCheckedMonth] date NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_NewMediaAccounts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NewMediaAccounts_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [NotApplicableMarks] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [ColumnId] int NOT NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_NotApplicableMarks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NotApplicableMarks_Columns_ColumnId] FOREIGN KEY ([ColumnId]) REFERENCES [Columns] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_NotApplicableMarks_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [OrganisationNameRecords] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [LegalName] nvarchar(200) NULL,
        [UsedUntil] date NOT NULL,
        CONSTRAINT [PK_OrganisationNameRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OrganisationNameRecords_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [SentimentCases] (
        [Id] int NOT NULL IDENTITY,
        [Topic] nvarchar(300) NOT NULL,
        [Source] nvarchar(100) NOT NULL,
        [Link] nvarchar(500) NULL,
        [FirstSeenAt] datetime2 NOT NULL,
        [Level] int NOT NULL,
        [LiaisonName] nvarchar(100) NOT NULL,
        [HandlerName] nvarchar(100) NOT NULL,
        [Status] int NOT NULL,
        [FirstResponseAt] datetime2 NULL,
        [VerificationRequestedAt] datetime2 NULL,
        [VerificationAnsweredAt] datetime2 NULL,
        [ClosedAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_SentimentCases] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [ServiceItems] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [Status] int NOT NULL,
        [GuideJson] nvarchar(max) NOT NULL,
        [PublishedGuideJson] nvarchar(max) NULL,
        [PublishedName] nvarchar(300) NULL,
        [PublishedTags] nvarchar(500) NULL,
        [PublishedVersion] int NOT NULL,
        [PublishedAt] datetime2 NULL,
        [ChangeNote] nvarchar(500) NULL,
        [NextMaterialKey] int NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [UnitApprovedAt] datetime2 NULL,
        [UnitApprovedBy] nvarchar(256) NULL,
        [ReviewedAt] datetime2 NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewComment] nvarchar(2000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ServiceItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ServiceItems_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [VillageCatalogueItems] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Area] nvarchar(100) NOT NULL,
        [Item] nvarchar(200) NOT NULL,
        [Content] nvarchar(500) NOT NULL,
        [Timing] nvarchar(200) NOT NULL,
        [Channel] nvarchar(200) NOT NULL,
        [SortOrder] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_VillageCatalogueItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_VillageCatalogueItems_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [VillagePostings] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Category] int NOT NULL,
        [PeriodKind] int NOT NULL,
        [PeriodStart] date NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Body] nvarchar(4000) NOT NULL,
        [NoticeFrom] date NOT NULL,
        [NoticeTo] date NOT NULL,
        [ObjectionContact] nvarchar(200) NULL,
        [Status] int NOT NULL,
        [ReturnReason] nvarchar(2000) NULL,
        [PublishedAt] datetime2 NULL,
        [PublishedBy] nvarchar(256) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_VillagePostings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_VillagePostings_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [MessageRouting] (
        [Id] int NOT NULL IDENTITY,
        [CitizenMessageId] int NOT NULL,
        [FromOrganisationId] int NULL,
        [ToOrganisationId] int NOT NULL,
        [At] datetime2 NOT NULL,
        [By] nvarchar(256) NOT NULL,
        [Note] nvarchar(500) NULL,
        CONSTRAINT [PK_MessageRouting] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MessageRouting_CitizenMessages_CitizenMessageId] FOREIGN KEY ([CitizenMessageId]) REFERENCES [CitizenMessages] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_MessageRouting_Organisations_FromOrganisationId] FOREIGN KEY ([FromOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MessageRouting_Organisations_ToOrganisationId] FOREIGN KEY ([ToOrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [ConsultationComments] (
        [Id] int NOT NULL IDENTITY,
        [ConsultationId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [AuthorName] nvarchar(100) NULL,
        [Contact] nvarchar(1000) NULL,
        [SubmittedAt] datetime2 NOT NULL,
        [Status] int NOT NULL,
        [ModeratedAt] datetime2 NULL,
        [ModeratedBy] nvarchar(256) NULL,
        [RejectionReason] nvarchar(500) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ConsultationComments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConsultationComments_Consultations_ConsultationId] FOREIGN KEY ([ConsultationId]) REFERENCES [Consultations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [Rectifications] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [FindingId] int NOT NULL,
        [DueOn] date NOT NULL,
        [Notice] nvarchar(2000) NOT NULL,
        [NotifiedAt] datetime2 NOT NULL,
        [NotifiedBy] nvarchar(256) NOT NULL,
        [Status] int NOT NULL,
        [Note] nvarchar(2000) NULL,
        [DoneAt] datetime2 NULL,
        [DoneBy] nvarchar(256) NULL,
        [VerifiedAt] datetime2 NULL,
        [TimesReopened] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Rectifications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Rectifications_Findings_FindingId] FOREIGN KEY ([FindingId]) REFERENCES [Findings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Rectifications_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [NewMediaChecks] (
        [Id] int NOT NULL IDENTITY,
        [NewMediaAccountId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [Month] date NOT NULL,
        [CheckedOn] date NOT NULL,
        [LastPostOn] date NULL,
        [InteractionsReceived] int NOT NULL,
        [InteractionsAnswered] int NOT NULL,
        [Problems] nvarchar(2000) NULL,
        [Rectification] nvarchar(2000) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_NewMediaChecks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_NewMediaChecks_NewMediaAccounts_NewMediaAccountId] FOREIGN KEY ([NewMediaAccountId]) REFERENCES [NewMediaAccounts] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_NewMediaChecks_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [SentimentCaseUnit] (
        [Id] int NOT NULL IDENTITY,
        [SentimentCaseId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [IsLead] bit NOT NULL,
        CONSTRAINT [PK_SentimentCaseUnit] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SentimentCaseUnit_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SentimentCaseUnit_SentimentCases_SentimentCaseId] FOREIGN KEY ([SentimentCaseId]) REFERENCES [SentimentCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [SentimentEntry] (
        [Id] int NOT NULL IDENTITY,
        [SentimentCaseId] int NOT NULL,
        [Kind] int NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [At] datetime2 NOT NULL,
        [By] nvarchar(256) NOT NULL,
        [ResponseKind] int NULL,
        [Reference] nvarchar(500) NULL,
        CONSTRAINT [PK_SentimentEntry] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SentimentEntry_SentimentCases_SentimentCaseId] FOREIGN KEY ([SentimentCaseId]) REFERENCES [SentimentCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [ServiceItemFiles] (
        [Id] int NOT NULL IDENTITY,
        [ServiceItemId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [MaterialKey] int NOT NULL,
        [Role] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [StorageKey] nvarchar(100) NOT NULL,
        [Kind] int NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [IsDeleted] bit NOT NULL,
        [DeletedAt] datetime2 NULL,
        [DeletedBy] nvarchar(256) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_ServiceItemFiles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ServiceItemFiles_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ServiceItemFiles_ServiceItems_ServiceItemId] FOREIGN KEY ([ServiceItemId]) REFERENCES [ServiceItems] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [ServiceItemVersions] (
        [Id] bigint NOT NULL IDENTITY,
        [ServiceItemId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [Number] int NOT NULL,
        [GuideJson] nvarchar(max) NOT NULL,
        [Changes] nvarchar(4000) NOT NULL,
        [Note] nvarchar(500) NULL,
        [PublishedAt] datetime2 NOT NULL,
        [ApprovedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_ServiceItemVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ServiceItemVersions_ServiceItems_ServiceItemId] FOREIGN KEY ([ServiceItemId]) REFERENCES [ServiceItems] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE TABLE [VillagePostingAttachments] (
        [Id] int NOT NULL IDENTITY,
        [PostingId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [StorageKey] nvarchar(100) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_VillagePostingAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_VillagePostingAttachments_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_VillagePostingAttachments_VillagePostings_PostingId] FOREIGN KEY ([PostingId]) REFERENCES [VillagePostings] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_Organisations_ParentId] ON [Organisations] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_AnnualReports_CorrectsReportId] ON [AnnualReports] ([CorrectsReportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AnnualReports_OrganisationId_Year_Edition] ON [AnnualReports] ([OrganisationId], [Year], [Edition]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_AnnualReports_SupersededByReportId] ON [AnnualReports] ([SupersededByReportId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_AppealCases_DisclosureRequestId] ON [AppealCases] ([DisclosureRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_AppealCases_OrganisationId_FiledOn] ON [AppealCases] ([OrganisationId], [FiledOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_CitizenMessages_AddressedOrganisationId] ON [CitizenMessages] ([AddressedOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_CitizenMessages_AnsweredByOrganisationId] ON [CitizenMessages] ([AnsweredByOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_CitizenMessages_IsPublished_AnsweredOn] ON [CitizenMessages] ([IsPublished], [AnsweredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_CitizenMessages_MergedIntoId] ON [CitizenMessages] ([MergedIntoId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CitizenMessages_Number] ON [CitizenMessages] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_CitizenMessages_OrganisationId_Status_DueOn] ON [CitizenMessages] ([OrganisationId], [Status], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CitizenMessages_SubmissionKey] ON [CitizenMessages] ([SubmissionKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_ConsultationComments_ConsultationId_Status] ON [ConsultationComments] ([ConsultationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_Consultations_DecisionDocumentId] ON [Consultations] ([DecisionDocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_Consultations_OrganisationId_Status] ON [Consultations] ([OrganisationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_Findings_CheckCode_OrganisationId_Subject] ON [Findings] ([CheckCode], [OrganisationId], [Subject]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_Findings_OrganisationId_ClosedAt] ON [Findings] ([OrganisationId], [ClosedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_InspectionRuns_OrganisationId] ON [InspectionRuns] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_InspectionRuns_StartedAt] ON [InspectionRuns] ([StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_MessageRouting_CitizenMessageId] ON [MessageRouting] ([CitizenMessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_MessageRouting_FromOrganisationId] ON [MessageRouting] ([FromOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_MessageRouting_ToOrganisationId] ON [MessageRouting] ([ToOrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_NewMediaAccounts_OrganisationId_Platform] ON [NewMediaAccounts] ([OrganisationId], [Platform]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NewMediaAccounts_Platform_AccountId] ON [NewMediaAccounts] ([Platform], [AccountId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NewMediaChecks_NewMediaAccountId_Month] ON [NewMediaChecks] ([NewMediaAccountId], [Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_NewMediaChecks_OrganisationId] ON [NewMediaChecks] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_NotApplicableMarks_ColumnId] ON [NotApplicableMarks] ([ColumnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NotApplicableMarks_OrganisationId_ColumnId] ON [NotApplicableMarks] ([OrganisationId], [ColumnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_OrganisationNameRecords_OrganisationId_UsedUntil] ON [OrganisationNameRecords] ([OrganisationId], [UsedUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_Rectifications_FindingId] ON [Rectifications] ([FindingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_Rectifications_OrganisationId_Status] ON [Rectifications] ([OrganisationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_SentimentCases_Status_FirstSeenAt] ON [SentimentCases] ([Status], [FirstSeenAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_SentimentCaseUnit_OrganisationId] ON [SentimentCaseUnit] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SentimentCaseUnit_SentimentCaseId_OrganisationId] ON [SentimentCaseUnit] ([SentimentCaseId], [OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_SentimentEntry_SentimentCaseId] ON [SentimentEntry] ([SentimentCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_ServiceItemFiles_OrganisationId] ON [ServiceItemFiles] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_ServiceItemFiles_ServiceItemId_MaterialKey] ON [ServiceItemFiles] ([ServiceItemId], [MaterialKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ServiceItemFiles_StorageKey] ON [ServiceItemFiles] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_ServiceItems_OrganisationId_Status] ON [ServiceItems] ([OrganisationId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_ServiceItems_PublishedAt] ON [ServiceItems] ([PublishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ServiceItemVersions_ServiceItemId_Number] ON [ServiceItemVersions] ([ServiceItemId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_VillageCatalogueItems_OrganisationId_SortOrder] ON [VillageCatalogueItems] ([OrganisationId], [SortOrder]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_VillagePostingAttachments_OrganisationId] ON [VillagePostingAttachments] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_VillagePostingAttachments_PostingId] ON [VillagePostingAttachments] ([PostingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE UNIQUE INDEX [IX_VillagePostingAttachments_StorageKey] ON [VillagePostingAttachments] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    CREATE INDEX [IX_VillagePostings_OrganisationId_Status_PeriodStart] ON [VillagePostings] ([OrganisationId], [Status], [PeriodStart]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    ALTER TABLE [Organisations] ADD CONSTRAINT [FK_Organisations_Organisations_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202044112_AnnualReportsOversightInteractionsParticipationVillagesServices', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    ALTER TABLE [NewMediaAccounts] ADD [Applicant] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    ALTER TABLE [NewMediaAccounts] ADD [Operator] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    ALTER TABLE [Columns] ADD [RetiredOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    ALTER TABLE [CitizenMessages] ADD [TransferRequestReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    ALTER TABLE [CitizenMessages] ADD [TransferRequestedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    ALTER TABLE [CitizenMessages] ADD [TransferRequestedBy] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE TABLE [Assessments] (
        [Id] int NOT NULL IDENTITY,
        [Year] int NOT NULL,
        [Number] int NOT NULL,
        [Reason] nvarchar(500) NULL,
        [PreviousId] int NULL,
        [Status] int NOT NULL,
        [ComputedAt] datetime2 NULL,
        [ApprovedAt] datetime2 NULL,
        [ApprovedBy] nvarchar(256) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Assessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Assessments_Assessments_PreviousId] FOREIGN KEY ([PreviousId]) REFERENCES [Assessments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE TABLE [CatalogueServiceLinks] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [TownshipCatalogueItemId] int NOT NULL,
        [ServiceItemId] int NOT NULL,
        [LinkedAt] datetime2 NOT NULL,
        [LinkedBy] nvarchar(256) NOT NULL,
        CONSTRAINT [PK_CatalogueServiceLinks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CatalogueServiceLinks_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CatalogueServiceLinks_ServiceItems_ServiceItemId] FOREIGN KEY ([ServiceItemId]) REFERENCES [ServiceItems] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CatalogueServiceLinks_TownshipCatalogueItem_TownshipCatalogueItemId] FOREIGN KEY ([TownshipCatalogueItemId]) REFERENCES [TownshipCatalogueItem] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE TABLE [ColumnFormerPaths] (
        [Id] int NOT NULL IDENTITY,
        [ColumnId] int NOT NULL,
        [Path] nvarchar(300) NOT NULL,
        [MovedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ColumnFormerPaths] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ColumnFormerPaths_Columns_ColumnId] FOREIGN KEY ([ColumnId]) REFERENCES [Columns] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE TABLE [ParticipationCatalogues] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Year] int NOT NULL,
        [Scope] nvarchar(4000) NOT NULL,
        [Methods] nvarchar(4000) NOT NULL,
        [Channels] nvarchar(4000) NOT NULL,
        [Status] int NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [SubmittedBy] nvarchar(256) NULL,
        [ReviewedAt] datetime2 NULL,
        [ReviewedBy] nvarchar(256) NULL,
        [ReviewComment] nvarchar(2000) NULL,
        [PublishedAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ParticipationCatalogues] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ParticipationCatalogues_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE TABLE [ParticipationRecords] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NOT NULL,
        [Kind] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [HeldOn] date NOT NULL,
        [Stakeholders] int NOT NULL,
        [CitizenRepresentatives] int NOT NULL,
        [Experts] int NOT NULL,
        [Media] int NOT NULL,
        [Topics] nvarchar(4000) NOT NULL,
        [Guests] nvarchar(500) NULL,
        [Transcript] nvarchar(max) NULL,
        [VideoUrl] nvarchar(300) NULL,
        [DecisionDocumentId] int NULL,
        [IsPublished] bit NOT NULL,
        [PublishedAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ParticipationRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ParticipationRecords_Documents_DecisionDocumentId] FOREIGN KEY ([DecisionDocumentId]) REFERENCES [Documents] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ParticipationRecords_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE TABLE [AssessmentIndicator] (
        [Id] int NOT NULL IDENTITY,
        [AssessmentId] int NOT NULL,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Measure] int NOT NULL,
        [CheckCodes] nvarchar(500) NULL,
        [Scoring] int NOT NULL,
        [Weight] decimal(9,2) NOT NULL,
        [PointsPerItem] decimal(9,2) NOT NULL,
        [Cap] decimal(9,2) NULL,
        CONSTRAINT [PK_AssessmentIndicator] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssessmentIndicator_Assessments_AssessmentId] FOREIGN KEY ([AssessmentId]) REFERENCES [Assessments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE TABLE [AssessmentManualValue] (
        [Id] int NOT NULL IDENTITY,
        [AssessmentId] int NOT NULL,
        [IndicatorCode] nvarchar(32) NOT NULL,
        [OrganisationId] int NOT NULL,
        [Value] decimal(9,2) NOT NULL,
        [Note] nvarchar(500) NOT NULL,
        CONSTRAINT [PK_AssessmentManualValue] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssessmentManualValue_Assessments_AssessmentId] FOREIGN KEY ([AssessmentId]) REFERENCES [Assessments] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AssessmentManualValue_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE TABLE [AssessmentScore] (
        [Id] int NOT NULL IDENTITY,
        [AssessmentId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [UnitName] nvarchar(100) NOT NULL,
        [IndicatorCode] nvarchar(32) NOT NULL,
        [Counted] decimal(9,2) NOT NULL,
        [Total] decimal(9,2) NOT NULL,
        [Points] decimal(9,2) NOT NULL,
        [Note] nvarchar(500) NULL,
        CONSTRAINT [PK_AssessmentScore] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AssessmentScore_Assessments_AssessmentId] FOREIGN KEY ([AssessmentId]) REFERENCES [Assessments] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AssessmentScore_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE TABLE [ParticipationCatalogueItem] (
        [Id] int NOT NULL IDENTITY,
        [CatalogueId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [Number] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Method] int NOT NULL,
        [Channel] nvarchar(500) NOT NULL,
        [PlannedTime] nvarchar(100) NULL,
        CONSTRAINT [PK_ParticipationCatalogueItem] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ParticipationCatalogueItem_ParticipationCatalogues_CatalogueId] FOREIGN KEY ([CatalogueId]) REFERENCES [ParticipationCatalogues] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_AssessmentIndicator_AssessmentId] ON [AssessmentIndicator] ([AssessmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_AssessmentManualValue_AssessmentId] ON [AssessmentManualValue] ([AssessmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_AssessmentManualValue_OrganisationId] ON [AssessmentManualValue] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_Assessments_PreviousId] ON [Assessments] ([PreviousId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Assessments_Year_Number] ON [Assessments] ([Year], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_AssessmentScore_AssessmentId] ON [AssessmentScore] ([AssessmentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_AssessmentScore_OrganisationId] ON [AssessmentScore] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_CatalogueServiceLinks_OrganisationId] ON [CatalogueServiceLinks] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_CatalogueServiceLinks_ServiceItemId] ON [CatalogueServiceLinks] ([ServiceItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CatalogueServiceLinks_TownshipCatalogueItemId_ServiceItemId] ON [CatalogueServiceLinks] ([TownshipCatalogueItemId], [ServiceItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_ColumnFormerPaths_ColumnId] ON [ColumnFormerPaths] ([ColumnId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ColumnFormerPaths_Path] ON [ColumnFormerPaths] ([Path]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_ParticipationCatalogueItem_CatalogueId_Number] ON [ParticipationCatalogueItem] ([CatalogueId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ParticipationCatalogues_OrganisationId_Year] ON [ParticipationCatalogues] ([OrganisationId], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_ParticipationRecords_DecisionDocumentId] ON [ParticipationRecords] ([DecisionDocumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    CREATE INDEX [IX_ParticipationRecords_OrganisationId_IsPublished_Kind] ON [ParticipationRecords] ([OrganisationId], [IsPublished], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202074016_AssessmentsTransfersParticipationRecordsColumnLifecycleServiceLinks', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202081113_EveryVersionedEntityIsAConcurrencyToken'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202081113_EveryVersionedEntityIsAConcurrencyToken', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    DROP INDEX [IX_ParticipationCatalogues_OrganisationId_Year] ON [ParticipationCatalogues];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    ALTER TABLE [ParticipationCatalogues] ADD [AmendmentReason] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    ALTER TABLE [ParticipationCatalogues] ADD [AmendsId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    ALTER TABLE [ParticipationCatalogues] ADD [Revision] int NOT NULL DEFAULT 1;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    ALTER TABLE [ParticipationCatalogues] ADD [SupersededAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    CREATE TABLE [ConsultationAttachments] (
        [Id] int NOT NULL IDENTITY,
        [ConsultationId] int NOT NULL,
        [OrganisationId] int NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [StorageKey] nvarchar(100) NOT NULL,
        [Kind] int NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [HasTextLayer] bit NULL,
        [ExtractedText] nvarchar(max) NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAt] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_ConsultationAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConsultationAttachments_Consultations_ConsultationId] FOREIGN KEY ([ConsultationId]) REFERENCES [Consultations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ConsultationAttachments_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    CREATE TABLE [StoredSelfCheckReports] (
        [Id] int NOT NULL IDENTITY,
        [OrganisationId] int NULL,
        [UnitName] nvarchar(100) NOT NULL,
        [Year] int NOT NULL,
        [Month] int NOT NULL,
        [Edition] int NOT NULL,
        [Trigger] int NOT NULL,
        [Snapshot] nvarchar(max) NOT NULL,
        [Vetoes] int NOT NULL,
        [Deductions] int NOT NULL,
        [Notes] int NOT NULL,
        [GeneratedAt] datetime2 NOT NULL,
        [GeneratedBy] nvarchar(256) NOT NULL,
        [Reason] nvarchar(2000) NULL,
        [SupersededAt] datetime2 NULL,
        [SupersededBy] nvarchar(256) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_StoredSelfCheckReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StoredSelfCheckReports_Organisations_OrganisationId] FOREIGN KEY ([OrganisationId]) REFERENCES [Organisations] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    CREATE INDEX [IX_ParticipationCatalogues_AmendsId] ON [ParticipationCatalogues] ([AmendsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ParticipationCatalogues_OrganisationId_Year_Revision] ON [ParticipationCatalogues] ([OrganisationId], [Year], [Revision]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    CREATE INDEX [IX_ConsultationAttachments_ConsultationId] ON [ConsultationAttachments] ([ConsultationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    CREATE INDEX [IX_ConsultationAttachments_OrganisationId] ON [ConsultationAttachments] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ConsultationAttachments_StorageKey] ON [ConsultationAttachments] ([StorageKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    CREATE INDEX [IX_StoredSelfCheckReports_OrganisationId] ON [StoredSelfCheckReports] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_StoredSelfCheckReports_Year_Month_OrganisationId_Edition] ON [StoredSelfCheckReports] ([Year], [Month], [OrganisationId], [Edition]) WHERE [OrganisationId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    ALTER TABLE [ParticipationCatalogues] ADD CONSTRAINT [FK_ParticipationCatalogues_ParticipationCatalogues_AmendsId] FOREIGN KEY ([AmendsId]) REFERENCES [ParticipationCatalogues] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202123920_StoredReportsCatalogueAmendmentsConsultationAttachments', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202143036_CountySelfCheckReportUnique'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_StoredSelfCheckReports_County] ON [StoredSelfCheckReports] ([Year], [Month], [Edition]) WHERE "OrganisationId" IS NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202143036_CountySelfCheckReportUnique'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202143036_CountySelfCheckReportUnique', N'10.0.15');
END;

COMMIT;
GO

