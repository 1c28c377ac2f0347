-- Numbers of the IDocs the hub sends (DOCNUM): unique and increasing across all hub instances.
CREATE SEQUENCE idoc_docnum START WITH 1 INCREMENT BY 1;
