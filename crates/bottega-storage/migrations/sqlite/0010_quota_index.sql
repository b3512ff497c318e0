-- A member's quota is the sum of the sizes of every file version they uploaded, read before
-- each upload. With the size in the index the sum is read from the index alone, instead of
-- looking up the row of every version (most of an upload's database time for a member with
-- thousands of files, on data set M).
CREATE INDEX file_versions_by_uploader_size ON file_versions (uploaded_by, size);
DROP INDEX file_versions_by_uploader;
