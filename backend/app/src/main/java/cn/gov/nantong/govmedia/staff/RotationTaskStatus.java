package cn.gov.nantong.govmedia.staff;

/** A credential-rotation task, open until the passwords have been changed. */
public enum RotationTaskStatus {
    OPEN, CLOSED
}
