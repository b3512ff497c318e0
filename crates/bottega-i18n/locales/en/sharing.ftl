# Sharing: the resource toolbox and collections.

res-toolbox-title = Toolbox
res-toolbox-lead = Documents, tools, course material, videos, templates and project results shared by VET schools, companies and associations across Europe. Search them, filter them, and share your own.
res-deposit = Share a resource
res-deposit-lead = Describe your resource well: people find it through its title, description, languages and themes. Upload one or more files, or give a link.
res-edit-title = Edit the resource
res-section-what = What it is
res-section-content = Files or link
res-section-reuse = Licence and who may see it
res-section-context = Where it fits
res-section-project = Project
res-title = Title
res-type = Type of resource
res-description = Description
res-description-language = Language of the description
res-detect-language = (detect it from the text)
res-files = Files
res-files-hint = Up to { $count } files of at most { $size } MB each: documents, spreadsheets, presentations, pictures, audio, video, text or ZIP archives.
res-kept-files = These files are already uploaded and will be attached; you do not need to choose them again:
res-link = Link
res-link-hint = For a website, an online tool or a video elsewhere: its address, starting with https://.
res-licence = Licence
res-visibility = Who may see it
res-org = Shared on behalf of
res-org-hint = An organisation you belong to. Its administrators may then edit the resource too.
res-org-none = Only myself
res-country = Country of origin
res-eqf = EQF level
res-eqf-level = EQF level { $level }
res-languages = Available in
res-themes = Themes
res-targets = Meant for
res-competences = Competence areas
res-project-name = Project name
res-project-number = Project number
res-project-number-hint = For example the Erasmus+ number, such as 2024-1-IT01-KA220-VET-000123456.
res-project-number-invalid = Use only letters, digits and dashes, as in 2024-1-IT01-KA220-VET-000123456.
res-visibility-needs-org = Choose the organisation whose members may see it.
res-needs-file-or-link = Upload at least one file or give a link.
res-version-needs-one-file = Choose one file to upload.
res-save = Save
res-publish = Publish
res-shared-by = Shared by { $name }
res-downloads = { $count ->
    [one] one download
   *[other] { $count } downloads
}
res-open-link = Open the link
res-preview-of = Preview of { $name }
res-version = version { $number }
res-older-versions = { $count ->
    [one] One earlier version
   *[other] { $count } earlier versions
}
res-new-version = New version of this file
res-version-note = What changed (optional)
res-upload-version = Upload
res-add-file = Add another file
res-delete = Delete this resource
res-rating = Rating
res-rating-summary = { $average } out of 5 ({ $count ->
    [one] one rating
   *[other] { $count } ratings
})
res-not-rated = Not rated yet.
res-rating-distribution = Ratings by number of stars
res-stars = { $count ->
    [one] 1 star
   *[other] { $count } stars
}
res-your-rating = Your rating
res-rate-button = Rate
res-rating-invalid = Choose from 1 to 5 stars.
res-rate-own = You cannot rate a resource you shared.
res-collections-title = Collections
res-collections-lead = Curated lists of resources on one topic, put together by members and organisations.
res-in-collections = In the collections:
res-new-collection = Start a collection
res-add-to-collection = Add to your collection
res-collection-note = Note (optional)
res-add-button = Add
res-already-in-collection = This resource is already in that collection.
res-reuses-heading = { $count ->
    [0] Reused by
    [one] Reused once
   *[other] Reused { $count } times
}
res-report-reuse = Did you reuse or adapt it?
res-reuse-how = How you used it
res-reuse-hint = For example: "We adapted it for our bakery apprentices in Split, Croatia."
res-reuse-country = Where
res-reuse-org = In which organisation
res-reuse-button = Tell others
res-comments-heading = { $count ->
    [0] Comments
    [one] One comment
   *[other] { $count } comments
}
res-comment = Your comment
res-comment-button = Comment
res-comment-deleted = This comment was deleted.
res-comment-delete = Delete comment
res-login-to-take-part = Sign in to rate, comment or report a reuse.
res-collection-items = { $count ->
    [one] one resource
   *[other] { $count } resources
}
res-no-collections = No collections yet.
res-curated-by = Curated by { $name }
res-collection-edit = Edit the collection
res-collection-org = Kept by
res-collection-empty = This collection is empty. Add resources from their pages.
res-collection-delete = Delete this collection
res-move-up = Move { $title } up
res-move-down = Move { $title } down
res-remove-from-collection = Remove from the collection

flash-resource-saved = The resource is saved.
flash-resource-deleted = The resource and its files are deleted.
flash-version-saved = The file is uploaded.
flash-rating-saved = Thank you: your rating is saved.
flash-comment-saved = Your comment is published.
flash-comment-deleted = The comment is deleted.
flash-reuse-saved = Thank you for telling others how you reused it.
flash-collection-saved = The collection is saved.
flash-collection-deleted = The collection is deleted.
flash-collection-item-added = The resource is added to the collection.
flash-collection-item-removed = The resource is removed from the collection.
flash-collection-item-moved = The order is changed.

size-kb = { $size } KB
size-mb = { $size } MB

upload-error-file = { $name }: { $problem }
upload-error-empty = the file is empty.
upload-error-no-extension = the file name has no extension, so its type cannot be checked.
upload-error-not-allowed = files of type .{ $ext } are not accepted. Accepted: { $allowed }.
upload-error-mismatch = the name ends in .{ $claimed } but the content is of another type ({ $found }). Rename the file or choose the right one.
upload-error-archive-bomb = the archive unpacks to far more data than it holds, which is refused for safety.
upload-error-corrupt = the file is damaged or not what its type says.
upload-error-too-large = the file is larger than { $limit } MB.
upload-error-quota = it does not fit in your storage allowance of { $limit } MB. Delete older versions or resources first.
upload-error-too-many = at most { $limit } files can be uploaded at once.

search-facet-licence = Licence
search-facet-target = Meant for
search-facet-competence = Competence area
search-facet-eqf = EQF level
upload-error-internal = the file could not be received; please try again.
upload-error-image-too-large = the picture is too large to be processed (at most 8000 pixels a side).
