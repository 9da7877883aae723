@org.springframework.modulith.NamedInterface("validation")
package cn.gov.nantong.govmedia.common.validation;
